// New follows per period: followers gained and accounts you followed, by the date of each follow.
import { Bar, BarChart, Cell, Legend, ResponsiveContainer, Tooltip } from 'recharts';
import type { Granularity, GrowthSeries } from '../../../../shared/domain';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { decimate } from '../../charts/decimate';
import { legendProps } from '../../charts/kit';
import type { ChartPalette } from '../../charts/palette';
import { usePlatform } from '../../app/usePlatform';
import { Card } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { PlatformNote } from '../../components/PlatformNote';
import { noFollowDatesNote } from '../../platformNotes';
import { valueExtent, withZero } from '../../charts/countScale';
import { timeAxes } from './chartParts';
import { formatDate } from '../../format';
import { MAX_DRAWN, periodLabel, type TimeWindow } from './timeWindow';

/** Fill opacity of a period the newest export cuts short. */
const PARTIAL_OPACITY = 0.4;

export function NewFollowsChart({
  series,
  granularity,
  window: w,
  palette,
  followDates,
}: {
  series: GrowthSeries;
  granularity: Granularity;
  window: TimeWindow;
  palette: ChartPalette;
  /** Whether the platform's export dates each follow (X's does not): this chart is drawn by follow date. */
  followDates: boolean;
}) {
  const { platform } = usePlatform();
  const data = decimate(
    w.inRange(
      series.newFollows.map((p) => ({
        t: Date.parse(p.period),
        followers: p.followers,
        following: p.following,
        partial: p.partialThrough !== undefined,
      })),
    ),
    MAX_DRAWN,
    (p) => p.followers,
  );
  if (!followDates)
    return (
      <Card title={`New follows per ${granularity}`} style={{ alignSelf: 'start' }}>
        <PlatformNote>{noFollowDatesNote(platform)}</PlatformNote>
      </Card>
    );
  // The period the newest export was made in is cut short: drawn lighter, and said so.
  const last = data.at(-1);
  const through = last?.partial ? series.newFollows.at(-1)?.partialThrough : undefined;
  const upTo = through ? formatDate(through) : null;
  const label = (t: string | number) =>
    `${periodLabel(granularity)(t)}${upTo && Number(t) === last?.t ? ` (up to ${upTo})` : ''}`;
  const cells = (dataKey: string) =>
    data.map((p) => <Cell key={`${dataKey}-${p.t}`} fillOpacity={p.partial ? PARTIAL_OPACITY : 1} />);
  return (
    <ChartFrame
      title={`New follows per ${granularity}`}
      subtitle="Every follow seen in any snapshot, by its date"
      testId="chart-new-follows"
      footer={
        upTo
          ? `The last ${granularity} only counts follows up to ${upTo}, the date of your newest export: its bars are drawn lighter.`
          : undefined
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          barGap={0}
          barCategoryGap="10%"
        >
          {timeAxes(palette, w.domain, withZero(valueExtent(data, ['followers', 'following'])))}
          <Tooltip content={<ChartTooltip labelFormat={label} />} />
          <Legend {...legendProps(palette)} />
          <Bar dataKey="followers" name="New followers" fill={palette.series[0]} isAnimationActive={false}>
            {cells('followers')}
          </Bar>
          <Bar dataKey="following" name="You followed" fill={palette.series[1]} isAnimationActive={false}>
            {cells('following')}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
