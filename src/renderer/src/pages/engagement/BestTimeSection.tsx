// Best time to post: your posts' median likes per weekday and hour in your time zone, next to when your
// followers are online (Studio), with the windows the service recommends from both.
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BestTimeAnalysis, PostingWindow } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { useCall } from '../../app/useCall';
import { seriesColor } from '../../charts/palette';
import { useChartPalette } from '../../charts/useChartPalette';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDecimal, formatInt } from '../../format';
import { valueExtent, withZero } from '../../charts/countScale';
import { axisProps, countAxisProps, gridProps, tooltipProps } from '../../charts/kit';
import { Heatmap } from './Heatmap';
import { hourLabel, weekdayName } from './labels';

const postCount = (n: number): string => `${formatInt(n)} ${n === 1 ? 'post' : 'posts'}`;

const basisText: Record<PostingWindow['basis'], string> = {
  both: 'followers online + your results',
  activity: 'followers online',
  posts: 'your results',
};

export function BestTimeSection({ accountId }: { accountId: number }) {
  // No zone in the call: the service reads the product's zone from Settings, as the tips do.
  const { data, error, refetch } = useCall('bestTimeToPost', { accountId });
  const zoneNote = data && (
    <span className="muted" style={{ fontSize: 'var(--text-sm)' }} data-testid="best-time-zone">
      Hours in {data.timeZone} · <a href={hrefFor('settings')}>change</a>
    </span>
  );
  return (
    <div className="stack" data-testid="best-time-section">
      <ErrorBanner error={error} title="Could not work out posting times" onRetry={refetch} />
      {data && <BestTimeBody data={data} picker={zoneNote} />}
    </div>
  );
}

function BestTimeBody({ data, picker }: { data: BestTimeAnalysis; picker: ReactNode }) {
  const palette = useChartPalette();
  const postCells = data.cells.map((c) => ({
    weekday: c.weekday,
    hour: c.hour,
    value: c.medianLikes,
    title:
      c.posts === 0
        ? `${weekdayName(c.weekday)} ${hourLabel(c.hour)}: no posts`
        : `${weekdayName(c.weekday)} ${hourLabel(c.hour)}: ${postCount(c.posts)}, median ${formatDecimal(c.medianLikes)} likes`,
  }));
  const activityCells = data.followerActivity.map((c) => ({
    weekday: c.weekday,
    hour: c.hour,
    value: c.activeFollowers,
    title: `${weekdayName(c.weekday)} ${hourLabel(c.hour)}: ${formatInt(c.activeFollowers)} followers active`,
  }));
  return (
    <>
      <Card
        title="Recommended posting windows"
        subtitle="Where your followers are online and your posts have done well. An hour with only a few posts is pulled toward your average, so one lucky post does not make it look best."
        actions={picker}
      >
        {data.windows.length === 0 ? (
          <p className="muted">
            No window has {data.minPostsPerWindow} posts that beat your median yet, and no TikTok Studio
            follower activity is imported: a window is recommended from {data.minPostsPerWindow} posts in it,
            or from Studio's Followers download.
          </p>
        ) : (
          <ol className="list" data-testid="posting-windows">
            {data.windows.map((w) => (
              <li
                key={`${w.weekday}-${w.startHour}`}
                data-weekday={w.weekday}
                data-start-hour={w.startHour}
                data-hours={w.hours}
                className="row"
                style={{ justifyContent: 'space-between' }}
              >
                <strong data-testid="posting-window">
                  {weekdayName(w.weekday)} {hourLabel(w.startHour)}–{hourLabel((w.startHour + w.hours) % 24)}{' '}
                  ({data.timeZone})
                </strong>
                <span className="row muted" style={{ fontSize: 'var(--text-sm)' }}>
                  {w.activeFollowers !== null && <span>{formatInt(w.activeFollowers)} followers active</span>}
                  <span>
                    {postCount(w.posts)}
                    {w.medianLikes !== null
                      ? `, median ${formatDecimal(w.medianLikes)} likes`
                      : w.posts > 0
                        ? ` (too few to judge; needs ${data.minPostsPerWindow})`
                        : ''}
                  </span>
                  <Badge tone="accent">{basisText[w.basis]}</Badge>
                </span>
              </li>
            ))}
          </ol>
        )}
      </Card>

      <ChartFrame
        title="Your posts: median likes by weekday and hour"
        subtitle={`Hours in ${data.timeZone}; darker = more likes. Outlined: recommended windows. Median of all posts: ${formatDecimal(data.overallMedianLikes)}`}
        fileName="best-time-heatmap"
        height={270}
        testId="chart-heatmap"
      >
        <Heatmap
          cells={postCells}
          color={seriesColor(palette, 0)}
          palette={palette}
          label="Median likes by weekday and hour"
          highlights={data.windows}
          testId="heatmap-posts"
        />
      </ChartFrame>

      {data.followerActivity.length > 0 ? (
        <>
          <ChartFrame
            title="Followers online by weekday and hour"
            subtitle={`From ${formatInt(data.activityDays)} days of TikTok Studio's follower activity, moved into ${data.timeZone}; same grid as above`}
            fileName="follower-activity-heatmap"
            height={270}
            testId="chart-activity-heatmap"
          >
            <Heatmap
              cells={activityCells}
              color={seriesColor(palette, 2)}
              palette={palette}
              label="Active followers by weekday and hour"
              highlights={data.windows}
              testId="heatmap-activity"
            />
          </ChartFrame>
          <ChartFrame
            title="Followers online by hour"
            subtitle={`Average over the week, hours in ${data.timeZone}`}
            fileName="follower-activity-by-hour"
            height={220}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data.activityByHour} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
                <CartesianGrid {...gridProps(palette)} />
                <XAxis dataKey="hour" {...axisProps(palette)} tickFormatter={hourLabel} interval={1} />
                <YAxis
                  {...countAxisProps(
                    palette,
                    withZero(valueExtent(data.activityByHour, ['activeFollowers'])),
                  )}
                />
                <Tooltip
                  {...tooltipProps(palette)}
                  labelFormatter={(h) => hourLabel(Number(h))}
                  formatter={(v) => formatInt(Number(v))}
                />
                <Bar
                  dataKey="activeFollowers"
                  name="Active followers"
                  fill={seriesColor(palette, 2)}
                  radius={[3, 3, 0, 0]}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </ChartFrame>
        </>
      ) : (
        <Card title="Followers online">
          <p className="muted">
            Import TikTok Studio's Followers download (Analytics → Followers → Download data) to see when your
            followers are online next to your own results.
          </p>
        </Card>
      )}
    </>
  );
}
