// Best time to post: your posts' median likes per weekday and hour in your time zone, next to when your
// followers are online (Studio), with the windows the service recommends from both.
import { useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BestTimeAnalysis, PostingWindow } from '../../../../shared/domain';
import { useCall } from '../../app/useCall';
import { seriesColor } from '../../charts/palette';
import { useChartPalette } from '../../charts/useChartPalette';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatCountTick, formatDecimal, formatInt } from '../../format';
import { axisProps, gridProps, tooltipProps } from '../../charts/kit';
import { Heatmap } from './Heatmap';
import { hourLabel, weekdayName } from './labels';

const STORAGE_KEY = 'followscope.timeZone';
const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const zones: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [localZone, 'UTC'];
  }
})();

function storedZone(): string {
  const z = localStorage.getItem(STORAGE_KEY);
  return z && (zones.includes(z) || z === 'UTC') ? z : localZone;
}

const postCount = (n: number): string => `${formatInt(n)} ${n === 1 ? 'post' : 'posts'}`;

const basisText: Record<PostingWindow['basis'], string> = {
  both: 'followers online + your results',
  activity: 'followers online',
  posts: 'your results',
};

export function BestTimeSection({ accountId }: { accountId: number }) {
  const [zone, setZone] = useState(storedZone);
  const { data, error, refetch } = useCall('bestTimeToPost', { accountId, timeZone: zone });
  const chooseZone = (z: string) => {
    localStorage.setItem(STORAGE_KEY, z);
    setZone(z);
  };
  const picker = (
    <label className="row" style={{ fontSize: 'var(--text-sm)' }}>
      <span className="muted">Time zone</span>
      <select
        className="select"
        value={zone}
        onChange={(e) => chooseZone(e.target.value)}
        data-testid="timezone-select"
        aria-label="Time zone"
      >
        {[...new Set([localZone, 'UTC', ...zones])].map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="stack" data-testid="best-time-section">
      <ErrorBanner error={error} title="Could not work out posting times" onRetry={refetch} />
      {data && <BestTimeBody data={data} picker={picker} />}
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
            Import an account export with posts, or Studio's follower activity, to get recommendations.
          </p>
        ) : (
          <ol className="list" data-testid="posting-windows">
            {data.windows.map((w) => (
              <li
                key={`${w.weekday}-${w.startHour}`}
                className="row"
                style={{ justifyContent: 'space-between' }}
              >
                <strong>
                  {weekdayName(w.weekday)} {hourLabel(w.startHour)}–{hourLabel((w.startHour + w.hours) % 24)}
                </strong>
                <span className="row muted" style={{ fontSize: 'var(--text-sm)' }}>
                  {w.activeFollowers !== null && <span>{formatInt(w.activeFollowers)} followers active</span>}
                  <span>
                    {formatInt(w.posts)} posts
                    {w.medianLikes !== null ? `, median ${formatDecimal(w.medianLikes)} likes` : ''}
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
            subtitle={`From TikTok Studio's follower activity, moved into ${data.timeZone}; same grid as above`}
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
            subtitle="Average over the week"
            fileName="follower-activity-by-hour"
            height={220}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data.activityByHour} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
                <CartesianGrid {...gridProps(palette)} />
                <XAxis dataKey="hour" {...axisProps(palette)} tickFormatter={hourLabel} interval={1} />
                <YAxis
                  {...axisProps(palette)}
                  tickFormatter={formatCountTick}
                  allowDecimals={false}
                  width={48}
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
