// Following over time: the count at each snapshot, and the curve rebuilt from your follow dates.
import { ComposedChart, Legend, Line, ResponsiveContainer, Tooltip } from 'recharts';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { decimate } from '../../charts/decimate';
import { legendProps, pointDot } from '../../charts/kit';
import { ChartFrame } from '../../components/ChartFrame';
import { valueExtent } from '../../charts/countScale';
import { formatDate } from '../../format';
import { rebuiltLine, snapshotMarkers, timeAxes, type AudienceChartProps } from './chartParts';
import { MAX_DRAWN } from './timeWindow';

export function FollowingChart({ series, points, window: w, palette, followDates }: AudienceChartProps) {
  const asOf = series.rebuilt.asOf ? formatDate(series.rebuilt.asOf) : '';
  const data = [
    ...(followDates ? decimate(w.inRange(points.rebuilt), MAX_DRAWN, (p) => p.rebuiltFollowing) : []),
    ...w.inRange(points.snaps),
  ].sort((a, b) => a.t - b.t);
  return (
    <ChartFrame
      title="Following over time"
      subtitle={
        followDates
          ? `At each snapshot, and rebuilt from your follow dates (accounts still followed on ${asOf})`
          : 'At each snapshot'
      }
      testId="chart-following"
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          {timeAxes(palette, w.domain, valueExtent(data, ['following', 'rebuiltFollowing']))}
          {snapshotMarkers(series, palette, w.from)}
          <Tooltip content={<ChartTooltip />} />
          <Legend {...legendProps(palette)} />
          {followDates && rebuiltLine('rebuiltFollowing', palette)}
          <Line
            dataKey="following"
            name="Following at snapshot"
            // Following is series 1 wherever it is drawn (Overview's followers-vs-following chart too).
            stroke={palette.series[1]}
            // Beside the rebuilt line the snapshots are dots; alone, they are joined.
            strokeWidth={followDates ? 0 : 2}
            dot={pointDot(4, palette.series[1])}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
