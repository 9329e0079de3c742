// A weekday × hour heatmap drawn as plain SVG (so ChartFrame can export it like the recharts charts).
// Rows are weekdays Monday first, columns the 24 hours; darker = more. Highlighted windows get an outline.
import type { ChartPalette } from '../../charts/palette';
import { hourLabel, weekdayLabel } from './labels';

export interface HeatmapValue {
  weekday: number;
  hour: number;
  /** null = no data in the cell (drawn empty). */
  value: number | null;
  /** Tooltip text. */
  title: string;
}

export interface HeatmapProps {
  cells: readonly HeatmapValue[];
  color: string;
  palette: ChartPalette;
  label: string;
  highlights?: readonly { weekday: number; startHour: number; hours: number }[];
  testId: string;
}

const LEFT = 44;
const TOP = 22;
const CELL_W = 34;
const CELL_H = 30;
const GAP = 2;

export function Heatmap({ cells, color, palette, label, highlights = [], testId }: HeatmapProps) {
  const max = Math.max(0, ...cells.map((c) => c.value ?? 0));
  const width = LEFT + 24 * CELL_W;
  const height = TOP + 7 * CELL_H + 4;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height="100%"
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      data-testid={testId}
      xmlns="http://www.w3.org/2000/svg"
    >
      {Array.from({ length: 24 }, (_, hour) =>
        hour % 3 === 0 ? (
          <text
            key={`h${hour}`}
            x={LEFT + hour * CELL_W + CELL_W / 2}
            y={TOP - 8}
            textAnchor="middle"
            fontSize={11}
            fill={palette.axis}
          >
            {hourLabel(hour)}
          </text>
        ) : null,
      )}
      {Array.from({ length: 7 }, (_, weekday) => (
        <text
          key={`d${weekday}`}
          x={LEFT - 8}
          y={TOP + weekday * CELL_H + CELL_H / 2 + 4}
          textAnchor="end"
          fontSize={11}
          fill={palette.axis}
        >
          {weekdayLabel(weekday)}
        </text>
      ))}
      {cells.map((c) => {
        const t = c.value === null || max === 0 ? 0 : c.value / max;
        return (
          <rect
            key={`${c.weekday}-${c.hour}`}
            x={LEFT + c.hour * CELL_W + GAP / 2}
            y={TOP + c.weekday * CELL_H + GAP / 2}
            width={CELL_W - GAP}
            height={CELL_H - GAP}
            rx={4}
            fill={c.value === null ? palette.grid : color}
            fillOpacity={c.value === null ? 0.35 : 0.12 + 0.88 * t}
            data-testid={`${testId}-cell-${c.weekday}-${c.hour}`}
            data-value={c.value ?? ''}
          >
            <title>{c.title}</title>
          </rect>
        );
      })}
      {highlights.map((h) => (
        <rect
          key={`w${h.weekday}-${h.startHour}`}
          x={LEFT + h.startHour * CELL_W}
          y={TOP + h.weekday * CELL_H}
          width={h.hours * CELL_W}
          height={CELL_H}
          rx={5}
          fill="none"
          stroke={palette.text}
          strokeWidth={2}
          pointerEvents="none"
        />
      ))}
    </svg>
  );
}
