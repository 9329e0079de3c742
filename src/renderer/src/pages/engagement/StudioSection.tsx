// The Studio half of the Engagement page: views over the last 365 days, engagement rate, profile views
// against new followers, new vs returning viewers, audience shares and top content.
import { useMemo } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { StudioEngagement } from '../../../../shared/domain';
import { useChartPalette } from '../../charts/useChartPalette';
import { AlignedPanels } from '../../charts/AlignedPanels';
import { seriesColor } from '../../charts/palette';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable, type Column } from '../../components/DataTable';
import { KpiCard } from '../../components/KpiCard';
import { Card } from '../../components/Card';
import { formatInt, formatPercent, formatSignedInt } from '../../format';
import { valueExtent, withZero } from '../../charts/countScale';
import {
  axisProps,
  countAxisProps,
  gridProps,
  legendProps,
  percentAxisProps,
  percentTicks,
  tooltipProps,
} from '../../charts/kit';
import { likesColumn, titleColumn } from './columns';
import { dayTicks, dayYearLabel } from './labels';
import { wholeWeekSums } from '../../../../shared/weeks';
import { partialWeeksNote } from './weekly';

type TopRow = StudioEngagement['topContent'][number];

// Each fixed column grows from what fits the window's minimum (tighter cell padding there) to what fits
// the wider padding of larger windows: a grid track grows to its maximum before the title takes the rest.
const topColumns: Column<TopRow>[] = [
  titleColumn('Video', 'minmax(62px, 3fr)'),
  {
    key: 'posted',
    header: 'Posted',
    value: (r) => r.postedDay,
    render: (r) => dayYearLabel(r.postedDay),
    // "Dec 12, 2025" whole: a date cut short is another date.
    width: 'minmax(108px, 112px)',
  },
  { key: 'views', header: 'Views', value: (r) => r.views, align: 'right', width: 'minmax(72px, 84px)' },
  likesColumn('minmax(68px, 80px)'),
  {
    key: 'comments',
    header: 'Comments',
    value: (r) => r.comments,
    align: 'right',
    width: 'minmax(98px, 118px)',
  },
  { key: 'shares', header: 'Shares', value: (r) => r.shares, align: 'right', width: 'minmax(76px, 96px)' },
  {
    key: 'rate',
    header: 'Engagement',
    value: (r) => r.engagementRate,
    render: (r) => formatPercent(r.engagementRate),
    align: 'right',
    width: 'minmax(114px, 130px)',
  },
];

/** The last 365 days of the stored range (Studio downloads hold at most 365 rows each). */
function last365<T extends { day: string }>(days: readonly T[]): T[] {
  const last = days.at(-1);
  if (!last) return [];
  const from = new Date(Date.parse(`${last.day}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  return days.filter((d) => d.day >= from);
}

export function StudioSection({ studio }: { studio: StudioEngagement }) {
  const palette = useChartPalette();
  const t = studio.totals;
  const year = useMemo(() => last365(studio.daily), [studio.daily]);
  const yearViews = year.reduce((s, d) => s + (d.videoViews ?? 0), 0);
  const { weeks, leftOut } = useMemo(
    () => wholeWeekSums(year, ['profileViews', 'netFollowers', 'newViewers', 'returningViewers'] as const),
    [year],
  );
  const weeksNote = partialWeeksNote(leftOut, weeks.length);
  const axis = axisProps(palette);
  // Both audience charts get the height of the longer one, so the two cards line up.
  const shareHeight = Math.max(160, Math.max(studio.gender.length, studio.territories.length) * 34 + 24);

  return (
    <div className="stack" data-testid="studio-section">
      <div className="grid-kpis">
        <KpiCard
          label="Video views"
          value={formatInt(t.videoViews)}
          hint={`${formatInt(t.days)} days, ${dayYearLabel(t.from)} – ${dayYearLabel(t.to)}`}
          testId="kpi-studio-views"
        />
        <KpiCard
          label="Engagement rate"
          value={formatPercent(t.engagementRateByViews)}
          hint="(likes + comments + shares) ÷ views"
          testId="kpi-studio-engagement"
        />
        <KpiCard
          label="Engagement per follower"
          value={formatPercent(t.engagementRateByFollowers)}
          hint="interactions ÷ followers, daily average"
          testId="kpi-studio-engagement-followers"
        />
        <KpiCard
          label="Profile views → followers"
          value={formatPercent(t.profileViewConversion)}
          hint={`${formatSignedInt(t.followerGain)} followers from ${formatInt(t.profileViews)} profile views`}
          testId="kpi-studio-conversion"
        />
      </div>

      <div data-testid="chart-studio-views-365" data-points={year.length} data-total={yearViews}>
        <ChartFrame
          title="Video views, last 365 days"
          subtitle={`${formatInt(yearViews)} views over ${formatInt(year.length)} days`}
          fileName="video-views-365-days"
          height={280}
        >
          <ResponsiveContainer width="100%" height="100%">
            <AreaChart data={year} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
              <defs>
                <linearGradient id="views-fill" x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0%" stopColor={seriesColor(palette, 0)} stopOpacity={0.35} />
                  <stop offset="100%" stopColor={seriesColor(palette, 0)} stopOpacity={0.02} />
                </linearGradient>
              </defs>
              <CartesianGrid {...gridProps(palette)} />
              <XAxis
                dataKey="day"
                {...axis}
                tickFormatter={dayTicks(year[0]?.day, year.at(-1)?.day)}
                minTickGap={40}
              />
              <YAxis {...countAxisProps(palette, withZero(valueExtent(year, ['videoViews'])))} />
              <Tooltip
                {...tooltipProps(palette)}
                labelFormatter={(d) => dayYearLabel(String(d))}
                formatter={(v) => formatInt(Number(v))}
              />
              <Area
                type="monotone"
                dataKey="videoViews"
                name="Video views"
                stroke={seriesColor(palette, 0)}
                strokeWidth={1.5}
                fill="url(#views-fill)"
                connectNulls={false}
                isAnimationActive={false}
              />
            </AreaChart>
          </ResponsiveContainer>
        </ChartFrame>
      </div>

      <div className="grid-2">
        <ChartFrame
          title="Engagement rate per day"
          subtitle="Likes, comments and shares per view"
          fileName="engagement-rate"
          height={240}
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={year} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid {...gridProps(palette)} />
              <XAxis
                dataKey="day"
                {...axis}
                tickFormatter={dayTicks(year[0]?.day, year.at(-1)?.day)}
                minTickGap={40}
              />
              <YAxis {...percentAxisProps(palette, withZero(valueExtent(year, ['engagementRateByViews'])))} />
              <Tooltip
                {...tooltipProps(palette)}
                labelFormatter={(d) => dayYearLabel(String(d))}
                formatter={(v) => formatPercent(Number(v))}
              />
              <Line
                type="monotone"
                dataKey="engagementRateByViews"
                name="By views"
                stroke={seriesColor(palette, 2)}
                dot={false}
                strokeWidth={1.5}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </ChartFrame>

        <ChartFrame
          title="Profile views and new followers"
          subtitle="Per week: do profile visits turn into follows?"
          fileName="profile-views-followers"
          testId="chart-studio-profile-views"
          height={300}
          footer={weeksNote}
        >
          <AlignedPanels
            data={weeks}
            syncId="profile-views-followers"
            palette={palette}
            xAxis={{
              dataKey: 'week',
              tickFormatter: dayTicks(weeks[0]?.week, weeks.at(-1)?.week),
              minTickGap: 30,
            }}
            tooltip={{
              labelFormatter: (d) => `Week of ${dayYearLabel(String(d))}`,
              formatter: (v) => formatInt(Number(v)),
            }}
            panels={[
              {
                key: 'views',
                series: (
                  <Bar
                    dataKey="profileViews"
                    name="Profile views"
                    fill={seriesColor(palette, 1)}
                    isAnimationActive={false}
                  />
                ),
              },
              {
                key: 'followers',
                series: (
                  <Line
                    dataKey="netFollowers"
                    name="Net new followers"
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
      </div>

      <ChartFrame
        title="New and returning viewers"
        subtitle={`${formatInt(t.newViewers)} new, ${formatInt(t.returningViewers)} returning (per week)`}
        fileName="new-returning-viewers"
        height={240}
        footer={weeksNote}
      >
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={weeks} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid {...gridProps(palette)} />
            <XAxis
              dataKey="week"
              {...axis}
              tickFormatter={dayTicks(weeks[0]?.week, weeks.at(-1)?.week)}
              minTickGap={30}
            />
            {/* The areas are stacked: the axis reaches the new and returning viewers of a week together. */}
            <YAxis
              {...countAxisProps(
                palette,
                withZero(
                  valueExtent(
                    weeks.map((w) => ({ all: w.newViewers + w.returningViewers })),
                    ['all'],
                  ),
                ),
              )}
            />
            <Tooltip
              {...tooltipProps(palette)}
              labelFormatter={(d) => `Week of ${dayYearLabel(String(d))}`}
              formatter={(v) => formatInt(Number(v))}
            />
            <Legend {...legendProps(palette)} />
            <Area
              type="monotone"
              dataKey="newViewers"
              name="New viewers"
              stackId="v"
              stroke={seriesColor(palette, 0)}
              fill={seriesColor(palette, 0)}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
            <Area
              type="monotone"
              dataKey="returningViewers"
              name="Returning viewers"
              stackId="v"
              stroke={seriesColor(palette, 4)}
              fill={seriesColor(palette, 4)}
              fillOpacity={0.5}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </ChartFrame>

      <div className="grid-2">
        <ShareChart
          title="Followers by gender"
          rows={studio.gender}
          colorIndex={4}
          height={shareHeight}
          testId="chart-gender"
        />
        <ShareChart
          title="Followers by territory"
          rows={studio.territories}
          colorIndex={5}
          height={shareHeight}
          testId="chart-territories"
        />
      </div>

      <Card title="Top content" subtitle="Your most viewed videos in the Studio downloads">
        <DataTable
          rows={studio.topContent}
          columns={topColumns}
          label="Top content"
          initialSort={{ key: 'views', dir: 'desc' }}
          height={260}
          csvFileName="studio-top-content"
          testId="table-top-content"
        />
      </Card>
    </div>
  );
}

function ShareChart({
  title,
  rows,
  colorIndex,
  height,
  testId,
}: {
  title: string;
  rows: StudioEngagement['gender'];
  colorIndex: number;
  height: number;
  testId: string;
}) {
  const palette = useChartPalette();
  if (rows.length === 0) {
    return (
      <Card title={title}>
        <p className="muted">Studio shows no audience breakdown for small accounts.</p>
      </Card>
    );
  }
  return (
    <ChartFrame
      title={title}
      subtitle="Share of followers at the newest download"
      height={height}
      testId={testId}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 40, bottom: 0, left: 0 }}>
          <XAxis
            type="number"
            {...axisProps(palette)}
            {...percentTicks(withZero(valueExtent(rows, ['share'])) ?? [0, 1])}
          />
          <YAxis type="category" dataKey="key" {...axisProps(palette)} width={70} />
          <Tooltip {...tooltipProps(palette)} formatter={(v) => formatPercent(Number(v))} />
          <Bar
            dataKey="share"
            name="Share"
            fill={seriesColor(palette, colorIndex)}
            radius={[0, 4, 4, 0]}
            isAnimationActive={false}
            label={{
              position: 'right',
              fill: palette.axis,
              fontSize: 12,
              formatter: (v: unknown) => formatPercent(Number(v)),
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
