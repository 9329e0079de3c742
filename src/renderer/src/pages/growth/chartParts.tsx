// Pieces the Growth charts share: the grid and axes on the common time axis, the snapshot markers, and
// what the follower and following charts are given.
import type { ReactNode } from 'react';
import { CartesianGrid, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { GrowthSeries } from '../../../../shared/domain';
import type { Extent } from '../../charts/countScale';
import { countAxisProps, noVerticalLines, timeAxisProps } from '../../charts/kit';
import type { ChartPalette } from '../../charts/palette';
import type { AudiencePoints } from './audiencePoints';
import type { TimeWindow } from './timeWindow';

/** What the follower and following charts draw from. */
export interface AudienceChartProps {
  series: GrowthSeries;
  points: AudiencePoints;
  window: TimeWindow;
  palette: ChartPalette;
  /** Whether the platform's export dates each follow (X's does not): the rebuilt line needs them. */
  followDates: boolean;
}

/** The grid and both axes; `extent` (of the values drawn) gives the count axis round ticks. */
export function timeAxes(
  palette: ChartPalette,
  domain: [number, number],
  extent: Extent | null,
  extra?: ReactNode,
) {
  return [
    <CartesianGrid
      key="grid"
      stroke={palette.grid}
      vertical={false}
      verticalCoordinatesGenerator={noVerticalLines}
    />,
    <XAxis key="x" {...timeAxisProps(palette, domain)} />,
    <YAxis key="y" {...countAxisProps(palette, extent)} />,
    extra,
  ];
}

/** The name of the day-by-day line rebuilt from follow dates, the same in the legend, toggles and tooltip. */
export const REBUILT_LINE_NAME = 'Rebuilt from follow dates';

/**
 * The color of the rebuilt line: a hue of its own. Followers are series 0 and following series 1 on every
 * chart (Overview's included), and a rebuilt line in either would read as the other list.
 */
export function rebuiltLineColor(palette: ChartPalette): string {
  return palette.series[4]!;
}

/** The line rebuilt from follow dates (followers or following), drawn alike in both charts. */
export function rebuiltLine(dataKey: 'rebuiltFollowers' | 'rebuiltFollowing', palette: ChartPalette) {
  return (
    <Line
      dataKey={dataKey}
      name={REBUILT_LINE_NAME}
      stroke={rebuiltLineColor(palette)}
      strokeWidth={2}
      dot={false}
      connectNulls
      isAnimationActive={false}
    />
  );
}

/** Dashed verticals at each snapshot in the window. */
export function snapshotMarkers(series: GrowthSeries, palette: ChartPalette, from: number) {
  return series.snapshots
    .filter((s) => Date.parse(s.takenAt) >= from)
    .map((s) => (
      <ReferenceLine
        key={s.snapshotId}
        x={Date.parse(s.takenAt)}
        stroke={palette.axis}
        strokeDasharray="2 4"
        ifOverflow="hidden"
      />
    ));
}
