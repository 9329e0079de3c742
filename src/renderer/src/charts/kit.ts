// The chart kit: the props every recharts axis, grid, legend and tooltip takes, in the theme's palette,
// so all charts share one look and one set of number and date rules (formatters in ../format).
//   <XAxis {...timeAxisProps(palette, [from, to])} />   ticks with the year when the axis spans years
//   <YAxis {...countAxisProps(palette, extent)} />     round whole numbers: 1,350 not 1.4K, −110 not 110
//   <YAxis {...decimalAxisProps(palette, extent)} />   ratios and averages: 1.75, 2.00, 2.25, not 1.95, 2.1
//   <YAxis {...percentAxisProps(palette, extent)} />   shares: 0%, 25%, 50% on round steps
import {
  countTickFormatter,
  decimalTickFormatter,
  formatDecimalTick,
  formatPercent,
  percentTickFormatter,
  timeTickFormatter,
} from '../format';
import { niceCountTicks, niceDecimalTicks, type Extent } from './countScale';
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

/** The ticks of a value axis as recharts props: the round ticks and a domain ending on them, every tick drawn. */
function roundTickProps(ticks: number[]) {
  return { ticks, domain: [ticks[0]!, ticks.at(-1)!], interval: 0 as const };
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
    ...(ticks ? roundTickProps(ticks) : {}),
  };
}

/**
 * A y axis of ratios or averages. Given the extent of the values drawn, the ticks are round numbers
 * covering it, every one with the same decimals; without it recharts picks them.
 */
export function decimalAxisProps(palette: ChartPalette, extent?: Extent | null) {
  const nice = extent ? niceDecimalTicks(extent) : null;
  const format = nice ? decimalTickFormatter(nice.decimals) : formatDecimalTick;
  return {
    ...axisProps(palette),
    tickFormatter: (v: number) => format(v),
    width: VALUE_AXIS_WIDTH,
    ...(nice ? roundTickProps(nice.ticks) : {}),
  };
}

/**
 * Round ticks for shares (0..1 shown as percent) covering the extent, all with the same decimals: for an
 * axis of either direction (a y axis, or the x axis of horizontal bars).
 */
export function percentTicks(extent: Extent) {
  const { ticks, decimals } = niceDecimalTicks(extent);
  const format = percentTickFormatter(decimals);
  return { ...roundTickProps(ticks), tickFormatter: (v: number) => format(v) };
}

/** A y axis of shares (0..1 shown as percent), on round steps of the extent given, like decimalAxisProps. */
export function percentAxisProps(palette: ChartPalette, extent?: Extent | null) {
  return {
    ...axisProps(palette),
    tickFormatter: (v: number) => formatPercent(v),
    width: VALUE_AXIS_WIDTH,
    ...(extent ? percentTicks(extent) : {}),
  };
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
 * The dot of a data point on a line. Drawn whole even on the plot's edge: the first and last snapshot sit
 * on the ends of the time axis, where the plot's clipping would cut them in half.
 */
export function pointDot(r: number, fill?: string) {
  return { r, ...(fill ? { fill } : {}), clipDot: false } as const;
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
