// Gained and lost per snapshot window: new, returning and lost followers between consecutive exports
// that both had a follower list. Losses are drawn below zero and labelled with their sign.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GrowthSeries } from '../../../../shared/domain';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { valueExtent, withZero } from '../../charts/countScale';
import { countAxisProps, legendProps, noVerticalLines } from '../../charts/kit';
import type { ChartPalette } from '../../charts/palette';
import { ChartFrame } from '../../components/ChartFrame';
import { formatDate, formatInt } from '../../format';

export function ChangesChart({ series, palette }: { series: GrowthSeries; palette: ChartPalette }) {
  // Only windows between two exports that both had a follower list (the service leaves others null).
  const windows = series.snapshots.flatMap((s) =>
    s.lost === null || s.previousTakenAt === null
      ? []
      : [
          {
            window: `${formatDate(s.previousTakenAt)} → ${formatDate(s.takenAt)}`,
            gained: s.gained,
            refollowed: s.refollowed,
            lost: -s.lost,
          },
        ],
  );
  // The stacks reach from the losses below zero to new plus returning followers above it.
  const stacks = withZero(
    valueExtent(
      windows.map((w) => ({ up: (w.gained ?? 0) + (w.refollowed ?? 0), down: w.lost })),
      ['up', 'down'],
    ),
  );
  return (
    <ChartFrame
      title="Gained and lost per snapshot"
      subtitle="Changes between consecutive snapshots"
      testId="chart-changes"
    >
      {windows.length === 0 ? (
        <p className="muted" data-testid="changes-need-two">
          Needs two exports with a follower list. Your next import shows who followed you and who left between
          the two.
        </p>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={windows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} stackOffset="sign">
            <CartesianGrid
              stroke={palette.grid}
              vertical={false}
              verticalCoordinatesGenerator={noVerticalLines}
            />
            <XAxis dataKey="window" stroke={palette.axis} tick={{ fill: palette.axis, fontSize: 12 }} />
            {/* Unfollows are drawn below zero and labelled with their sign: −110, not 110. */}
            <YAxis {...countAxisProps(palette, stacks)} />
            <ReferenceLine y={0} stroke={palette.axis} />
            <Tooltip
              content={<ChartTooltip labelFormat={(l) => String(l)} valueFormat={(v) => formatInt(v)} />}
            />
            <Legend {...legendProps(palette)} />
            <Bar
              dataKey="gained"
              name="New"
              stackId="a"
              fill={palette.gain}
              isAnimationActive={false}
              barSize={18}
            />
            <Bar
              dataKey="refollowed"
              name="Came back"
              stackId="a"
              fill={palette.series[0]}
              isAnimationActive={false}
              barSize={18}
            />
            <Bar
              dataKey="lost"
              name="Unfollowed"
              stackId="a"
              fill={palette.loss}
              isAnimationActive={false}
              barSize={18}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
