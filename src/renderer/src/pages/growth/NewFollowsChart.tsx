// New follows per period: followers gained and accounts you followed, by the date of each follow.
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip } from 'recharts';
import type { Granularity, GrowthSeries } from '../../../../shared/domain';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { decimate } from '../../charts/decimate';
import { legendProps } from '../../charts/kit';
import type { ChartPalette } from '../../charts/palette';
import { ChartFrame } from '../../components/ChartFrame';
import { timeAxes } from './chartParts';
import { MAX_DRAWN, periodLabel, type TimeWindow } from './timeWindow';

export function NewFollowsChart({
  series,
  granularity,
  window: w,
  palette,
}: {
  series: GrowthSeries;
  granularity: Granularity;
  window: TimeWindow;
  palette: ChartPalette;
}) {
  const data = decimate(
    w.inRange(
      series.newFollows.map((p) => ({
        t: Date.parse(p.period),
        followers: p.followers,
        following: p.following,
      })),
    ),
    MAX_DRAWN,
    (p) => p.followers,
  );
  return (
    <ChartFrame
      title={`New follows per ${granularity}`}
      subtitle="Every follow seen in any snapshot, by its date"
      testId="chart-new-follows"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          {timeAxes(palette, w.domain)}
          <Tooltip content={<ChartTooltip labelFormat={periodLabel(granularity)} />} />
          <Legend {...legendProps(palette)} />
          <Bar dataKey="followers" name="New followers" fill={palette.series[0]} isAnimationActive={false} />
          <Bar dataKey="following" name="You followed" fill={palette.series[1]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
