// Likes per post from the account exports: every post's likes by posting date, how the totals grew from
// export to export, the likes gained between exports, and posting cadence against new followers.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CadenceAnalysis, CadenceBucket, PostAnalytics, PostLikes } from '../../../../shared/domain';
import { seriesColor } from '../../charts/palette';
import { useChartPalette } from '../../charts/useChartPalette';
import { Card } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable, type Column } from '../../components/DataTable';
import { KpiCard } from '../../components/KpiCard';
import { formatDate, formatDecimal, formatInt, formatSignedInt } from '../../format';
import { AlignedPanels } from '../../charts/AlignedPanels';
import { valueExtent, withZero } from '../../charts/countScale';
import { axisProps, countAxisProps, decimalAxisProps, gridProps, tooltipProps } from '../../charts/kit';
import { likesColumn, titleColumn } from './columns';
import { dayTicks, dayYearLabel } from './labels';

const postColumns: Column<PostLikes>[] = [
  titleColumn('Post', 'minmax(120px, 3fr)'),
  {
    key: 'posted',
    header: 'Posted',
    value: (r) => r.postedAt,
    render: (r) => formatDate(r.postedAt),
    width: '110px',
  },
  { key: 'sound', header: 'Sound', value: (r) => r.sound, width: 'minmax(90px, 2fr)' },
  likesColumn('80px'),
];

const bucketLabels: Record<CadenceBucket['bucket'], string> = {
  '0': 'No posts',
  '1': '1 post',
  '2-5': '2–5 posts',
  '6+': '6+ posts',
};

export function PostsSection({ posts, cadence }: { posts: PostAnalytics; cadence: CadenceAnalysis }) {
  const palette = useChartPalette();
  const axis = axisProps(palette);
  const points = posts.all
    .filter((p) => p.likes !== null)
    .map((p) => ({ t: Date.parse(p.postedAt), likes: p.likes, title: p.title || '(no title)' }));
  const lastGain = posts.gains.at(-1);
  const buckets = cadence.buckets.map((b) => ({ ...b, label: bucketLabels[b.bucket] }));

  return (
    <div className="stack" data-testid="posts-section">
      <div className="grid-kpis">
        <KpiCard
          label="Posts"
          value={formatInt(posts.posts)}
          hint="in your account exports"
          testId="kpi-posts"
        />
        <KpiCard
          label="Median likes per post"
          value={formatDecimal(posts.medianLikes)}
          hint="newest count of each post"
          testId="kpi-median-likes"
        />
        <KpiCard label="Total likes" value={formatInt(posts.totalLikes)} testId="kpi-total-likes" />
        <KpiCard
          label="Likes gained since the export before"
          value={lastGain ? formatSignedInt(lastGain.gained) : '—'}
          hint={lastGain ? `${formatDate(lastGain.from)} → ${formatDate(lastGain.to)}` : 'needs two exports'}
          testId="kpi-likes-gained"
        />
      </div>

      <div className="grid-2">
        <ChartFrame
          title="Likes per post"
          subtitle="Each dot is a post, by when you posted it"
          fileName="likes-per-post"
          height={260}
          testId="chart-likes-per-post"
        >
          <ResponsiveContainer width="100%" height="100%">
            <ScatterChart margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid {...gridProps(palette)} />
              <XAxis
                type="number"
                dataKey="t"
                domain={['dataMin', 'dataMax']}
                scale="time"
                {...axis}
                tickFormatter={(v: number) => formatDate(new Date(v))}
                minTickGap={40}
              />
              <YAxis
                type="number"
                dataKey="likes"
                {...countAxisProps(palette, withZero(valueExtent(points, ['likes'])))}
              />
              <Tooltip
                {...tooltipProps(palette)}
                formatter={(v, name) =>
                  name === 't' ? formatDate(new Date(Number(v))) : formatInt(Number(v))
                }
              />
              <Scatter
                data={points}
                name="Posts"
                fill={seriesColor(palette, 0)}
                fillOpacity={0.75}
                isAnimationActive={false}
              />
            </ScatterChart>
          </ResponsiveContainer>
        </ChartFrame>

        <ChartFrame
          title="Likes across your exports"
          subtitle="All posts' likes and the median post at each export"
          fileName="likes-across-exports"
          testId="chart-likes-across-exports"
          height={320}
        >
          <AlignedPanels
            data={posts.overTime}
            syncId="likes-across-exports"
            palette={palette}
            xAxis={{ dataKey: 'takenAt', tickFormatter: (v: string) => formatDate(v) }}
            tooltip={{
              labelFormatter: (v) => formatDate(String(v)),
              formatter: (v) => formatInt(Number(v)),
            }}
            panels={[
              {
                key: 'total',
                series: (
                  <Bar
                    dataKey="totalLikes"
                    name="Total likes"
                    fill={seriesColor(palette, 0)}
                    radius={[4, 4, 0, 0]}
                    isAnimationActive={false}
                  />
                ),
              },
              {
                key: 'median',
                series: (
                  <Line
                    dataKey="medianLikes"
                    name="Median per post"
                    stroke={seriesColor(palette, 1)}
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                ),
              },
            ]}
          />
        </ChartFrame>
      </div>

      <ChartFrame
        title="Posting cadence and new followers"
        subtitle="Posts per week next to the followers who arrived that week (follow dates in your newest export)"
        fileName="cadence-vs-followers"
        height={320}
        testId="chart-cadence"
      >
        <AlignedPanels
          data={cadence.weeks}
          syncId="cadence-vs-followers"
          palette={palette}
          xAxis={{
            dataKey: 'week',
            tickFormatter: dayTicks(cadence.weeks[0]?.week, cadence.weeks.at(-1)?.week),
            minTickGap: 30,
          }}
          tooltip={{
            labelFormatter: (d) => `Week of ${dayYearLabel(String(d))}`,
            formatter: (v) => formatInt(Number(v)),
          }}
          panels={[
            {
              key: 'posts',
              series: (
                <Bar
                  dataKey="posts"
                  name="Posts"
                  fill={seriesColor(palette, 1)}
                  radius={[3, 3, 0, 0]}
                  isAnimationActive={false}
                />
              ),
            },
            {
              key: 'followers',
              series: (
                <Line
                  dataKey="newFollowers"
                  name="New followers"
                  stroke={palette.gain}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              ),
            },
          ]}
        />
      </ChartFrame>

      <div className="grid-2">
        <ChartFrame
          title="Weeks by posting cadence"
          subtitle="Median new followers in a week, by how many posts went out that week"
          fileName="cadence-comparison"
          height={240}
          testId="chart-cadence-buckets"
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={buckets} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid {...gridProps(palette)} />
              <XAxis dataKey="label" {...axis} />
              <YAxis {...decimalAxisProps(palette, withZero(valueExtent(buckets, ['medianFollowerGain'])))} />
              <Tooltip {...tooltipProps(palette)} formatter={(v) => formatDecimal(Number(v))} />
              <Bar
                dataKey="medianFollowerGain"
                name="Median new followers"
                fill={palette.gain}
                radius={[4, 4, 0, 0]}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartFrame>

        <Card
          title="Cadence comparison"
          subtitle="Your weeks grouped by how many posts went out"
          data-testid="cadence-buckets"
        >
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">Posts that week</th>
                <th scope="col">Weeks</th>
                <th scope="col">Median new followers</th>
                <th scope="col">Median likes per post</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={b.bucket} data-testid={`cadence-bucket-${b.bucket}`}>
                  <td>{b.label}</td>
                  <td>{formatInt(b.weeks)}</td>
                  <td>{formatDecimal(b.medianFollowerGain)}</td>
                  <td>{formatDecimal(b.medianLikesPerPost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted" style={{ fontSize: 'var(--text-xs)', marginTop: 'var(--space-3)' }}>
            Follow dates come from your newest export, so people who followed and left again are not counted.
          </p>
        </Card>
      </div>

      {posts.gains.length > 0 && (
        <Card
          title="Likes gained between exports"
          subtitle="For the posts listed in both exports"
          data-testid="likes-gained"
        >
          <ol className="gain-list">
            {posts.gains.map((g) => (
              <li key={g.toSnapshotId}>
                <span>
                  {formatDate(g.from)} → {formatDate(g.to)} · {formatInt(g.posts)} posts
                  {g.top[0] && (
                    <span className="muted">
                      {' '}
                      · most: {g.top[0].title || '(no title)'} ({formatSignedInt(g.top[0].gained)})
                    </span>
                  )}
                </span>
                <span className="gain-value">{formatSignedInt(g.gained)} likes</span>
              </li>
            ))}
          </ol>
        </Card>
      )}

      <Card title="Your posts" subtitle="Likes at the newest export that lists each post">
        <DataTable
          rows={posts.all}
          columns={postColumns}
          label="Posts"
          initialSort={{ key: 'likes', dir: 'desc' }}
          height={320}
          csvFileName="posts-likes"
          testId="table-posts"
        />
      </Card>
    </div>
  );
}
