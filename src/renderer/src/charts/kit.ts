// The chart kit: the props every recharts axis, grid, legend and tooltip takes, in the theme's palette,
// so all charts share one look and one set of number and date rules (formatters in ../format).
//   <XAxis {...timeAxisProps(palette, [from, to])} />   ticks with the year when the axis spans years
//   <YAxis {...countAxisProps(palette, extent)} />     round whole numbers: 1,350 not 1.4K, −110 not 110
//   <YAxis {...decimalAxisProps(palette)} />           ratios and averages: 0.15, not 0.2
import { countTickFormatter, formatDecimalTick, formatPercent, timeTickFormatter } from '../format';
import { niceCountTicks, type Extent } from './countScale';
import type { ChartPalette } from './palette';

/** The width of a value axis: room for "−99,999" at 12 px. */
export const VALUE_AXIS_WIDTH = 60;

export function axisProps(palette: ChartPalette) {
  return {
    stroke: palette.grid,
    tick: { fill: palette.axis, fontSize: 12 },
    tickLine: false,
  } as const;
}

/**
 * A y axis of counts (people, posts, likes): whole-number ticks with their sign. Given the extent of the
 * values drawn, the ticks are round numbers covering it, all in one number style; without it recharts
 * picks the ticks (from 0).
 */
export function countAxisProps(palette: ChartPalette, extent?: Extent | null) {
  const ticks = extent ? niceCountTicks(extent) : undefined;
  const format = countTickFormatter(ticks ? Math.max(...ticks.map(Math.abs)) : 0);
  return {
    ...axisProps(palette),
    allowDecimals: false,
    tickFormatter: (v: number) => format(v),
    width: VALUE_AXIS_WIDTH,
    ...(ticks ? { ticks, domain: [ticks[0]!, ticks.at(-1)!], interval: 0 as const } : {}),
  };
}

/** A y axis of ratios or averages. */
export function decimalAxisProps(palette: ChartPalette) {
  return {
    ...axisProps(palette),
    tickFormatter: (v: number) => formatDecimalTick(v),
    width: VALUE_AXIS_WIDTH,
  } as const;
}

/** A y axis of shares (0..1 shown as percent). */
export function percentAxisProps(palette: ChartPalette) {
  return {
    ...axisProps(palette),
    tickFormatter: (v: number) => formatPercent(v),
    width: VALUE_AXIS_WIDTH,
  } as const;
}

/** An x axis of time (epoch ms in `t`) from domain[0] to domain[1]. */
export function timeAxisProps(palette: ChartPalette, domain: [number, number]) {
  return {
    ...axisProps(palette),
    dataKey: 't',
    type: 'number',
    scale: 'time',
    domain,
    allowDataOverflow: true,
    tickFormatter: timeTickFormatter(domain[0], domain[1]),
    minTickGap: 24,
  } as const;
}

/**
 * For a grid of horizontal lines only. recharts works out where vertical lines would go even when none
 * is drawn, measuring the text of every x value in the DOM (365 on a chart of days): nothing to place.
 */
export const noVerticalLines = (): number[] => [];

export function gridProps(palette: ChartPalette) {
  return {
    stroke: palette.grid,
    strokeDasharray: '3 3',
    vertical: false,
    verticalCoordinatesGenerator: noVerticalLines,
  } as const;
}

/** The one legend style: small, muted, under the chart. */
export function legendProps(palette: ChartPalette) {
  return { wrapperStyle: { fontSize: 12, color: palette.axis }, iconSize: 10 } as const;
}

/** recharts' default tooltip in the kit's look (charts with custom content use ChartTooltip). */
export function tooltipProps(palette: ChartPalette) {
  return {
    contentStyle: {
      background: palette.surface,
      border: `1px solid ${palette.grid}`,
      borderRadius: 8,
      color: palette.text,
      fontSize: 13,
    },
    labelStyle: { color: palette.text, fontWeight: 600 },
    itemStyle: { color: palette.text },
    cursor: { fill: palette.grid, fillOpacity: 0.4 },
  } as const;
}
