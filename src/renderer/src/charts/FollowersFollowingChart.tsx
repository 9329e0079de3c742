// Followers (reach, left axis) against following (network, right axis) at each snapshot: the chart the
// product's point rests on, shown on the Overview and in the Guide.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../components/ChartFrame';
import { formatCompact, formatDate } from '../format';
import { ChartTooltip } from '../pages/audience/ChartTooltip';
import { useChartPalette } from './useChartPalette';

export interface FollowPoint {
  /** Snapshot time, epoch ms. */
  t: number;
  /** null: that export carried no such list (a gap in the line, not a drop to 0). */
  followers: number | null;
  following: number | null;
}

export function FollowersFollowingChart({
  points,
  title,
  subtitle,
  testId,
  height,
  followersLabel = 'Followers',
  followingLabel = 'Following (right axis)',
}: {
  points: FollowPoint[];
  title: string;
  subtitle: string;
  testId: string;
  height?: number;
  followersLabel?: string;
  followingLabel?: string;
}) {
  const palette = useChartPalette();
  const axis = { stroke: palette.axis, tick: { fill: palette.axis, fontSize: 12 } };
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      height={height}
      testId={testId}
      footer={points.length < 2 ? 'Import another export later to draw a line between snapshots.' : undefined}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={palette.grid} vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(v: number) => formatDate(new Date(v))}
            padding={{ left: 16, right: 16 }}
            {...axis}
          />
          <YAxis yAxisId="followers" tickFormatter={formatCompact} width={56} {...axis} />
          <YAxis yAxisId="following" orientation="right" tickFormatter={formatCompact} width={48} {...axis} />
          <Tooltip content={<ChartTooltip />} />
          <Legend wrapperStyle={{ color: palette.text, fontSize: 13 }} />
          <Line
            yAxisId="followers"
            type="monotone"
            dataKey="followers"
            name={followersLabel}
            stroke={palette.series[0]}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            yAxisId="following"
            type="monotone"
            dataKey="following"
            name={followingLabel}
            stroke={palette.series[1]}
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
