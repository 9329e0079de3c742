// Axis, grid and tooltip props shared by the Engagement charts, in the theme's palette.
import type { ChartPalette } from '../../charts/palette';

export function axisProps(palette: ChartPalette) {
  return {
    stroke: palette.grid,
    tick: { fill: palette.axis, fontSize: 12 },
    tickLine: false,
  } as const;
}

export function gridProps(palette: ChartPalette) {
  return { stroke: palette.grid, strokeDasharray: '3 3', vertical: false } as const;
}

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

export function legendProps(palette: ChartPalette) {
  return { wrapperStyle: { fontSize: 12, color: palette.axis }, iconSize: 10 } as const;
}
