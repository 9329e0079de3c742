// Growth: followers and following over time from every source (snapshot counts, the profile's own
// counts, the curve rebuilt from follow dates), new follows per period, ratio, changes per snapshot
// window, and follower retention by cohort.
import { useMemo, useState, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Granularity, GrowthSeries } from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { useCall } from '../app/useCall';
import { useChartPalette } from '../charts/useChartPalette';
import type { ChartPalette } from '../charts/palette';
import { Card } from '../components/Card';
import { ChartFrame } from '../components/ChartFrame';
import { GoalCard } from './advice/GoalCard';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHeader } from '../components/PageHeader';
import { formatCompact, formatDate, formatDecimal, formatInt, formatMonth, formatPercent } from '../format';
import { ChartTooltip } from './audience/ChartTooltip';
import { decimate } from './audience/decimate';
import { NoAccount } from './audience/NoAccount';
import { RetentionHeatmap } from './audience/RetentionHeatmap';
import './audience/audience.css';

type Range = '30d' | '90d' | '1y' | 'all';
const RANGE_DAYS: Record<Range, number> = { '30d': 30, '90d': 90, '1y': 365, all: Infinity };
const DAY = 86_400_000;
const MAX_DRAWN = 500;

function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange(v: T): void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o} type="button" aria-pressed={o === value} onClick={() => onChange(o)}>
          {o}
        </button>
      ))}
    </div>
  );
}

const periodLabel = (g: Granularity) => (t: string | number) => {
  const d = new Date(Number(t));
  return g === 'month' ? formatMonth(d) : g === 'week' ? `Week of ${formatDate(d)}` : formatDate(d);
};

function axes(palette: ChartPalette, domain: [number, number], extra?: ReactNode) {
  return [
    <CartesianGrid key="grid" stroke={palette.grid} vertical={false} />,
    <XAxis
      key="x"
      dataKey="t"
      type="number"
      scale="time"
      domain={domain}
      allowDataOverflow
      tickFormatter={(v: number) => formatDate(new Date(v))}
      stroke={palette.axis}
      tick={{ fill: palette.axis, fontSize: 12 }}
    />,
    <YAxis
      key="y"
      tickFormatter={formatCompact}
      stroke={palette.axis}
      tick={{ fill: palette.axis, fontSize: 12 }}
      width={56}
    />,
    extra,
  ];
}

function snapshotMarkers(series: GrowthSeries, palette: ChartPalette, from: number) {
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

function Charts({
  series,
  range,
  granularity,
}: {
  series: GrowthSeries;
  range: Range;
  granularity: Granularity;
}) {
  const palette = useChartPalette();
  const end = series.snapshots.length ? Date.parse(series.snapshots.at(-1)!.takenAt) : 0;
  const first = Math.min(
    series.rebuilt.points.length ? Date.parse(series.rebuilt.points[0]!.period) : end,
    series.snapshots.length ? Date.parse(series.snapshots[0]!.takenAt) : end,
  );
  const from = Math.max(first, end - RANGE_DAYS[range] * DAY);
  const domain: [number, number] = [from, end];
  const inRange = <T extends { t: number }>(xs: T[]) =>
    xs.filter((x) => x.t >= from - 31 * DAY && x.t <= end);
  const label = periodLabel(granularity);

  const audience = useMemo(() => {
    const rebuilt = series.rebuilt.points.map((p) => ({
      t: Date.parse(p.period),
      rebuiltFollowers: p.followers,
      rebuiltFollowing: p.following,
    }));
    const snaps = series.snapshots.map((s) => ({
      t: Date.parse(s.takenAt),
      followers: s.followers,
      following: s.following,
      profileFollowers: s.profileFollowers ?? undefined,
    }));
    return { rebuilt, snaps };
  }, [series]);
  const rebuiltDrawn = decimate(inRange(audience.rebuilt), MAX_DRAWN, (p) => p.rebuiltFollowers);
  const followersData = [...rebuiltDrawn, ...inRange(audience.snaps)].sort((a, b) => a.t - b.t);
  const newDrawn = decimate(
    inRange(
      series.newFollows.map((p) => ({
        t: Date.parse(p.period),
        followers: p.followers,
        following: p.following,
      })),
    ),
    MAX_DRAWN,
    (p) => p.followers,
  );
  const windows = series.snapshots.slice(1).map((s, i) => ({
    window: `${formatDate(series.snapshots[i]!.takenAt)} → ${formatDate(s.takenAt)}`,
    gained: s.gained,
    refollowed: s.refollowed,
    lost: -s.lost,
  }));
  const ratio = series.snapshots.map((s) => ({
    t: Date.parse(s.takenAt),
    ratio: s.ratio,
    followBack: s.followBackRate,
  }));
  const asOf = series.rebuilt.asOf ? formatDate(series.rebuilt.asOf) : '';

  return (
    <>
      <ChartFrame
        title="Followers over time"
        subtitle={`Counted at each snapshot, and rebuilt from follow dates (only people still following on ${asOf})`}
        testId="chart-followers"
        height={320}
        footer="Dashed verticals mark your snapshots. The rebuilt curve cannot show people who followed and later left."
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={followersData} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            {axes(palette, domain)}
            {snapshotMarkers(series, palette, from)}
            <Tooltip content={<ChartTooltip />} />
            <Legend wrapperStyle={{ color: palette.text, fontSize: 13 }} />
            <Line
              dataKey="rebuiltFollowers"
              name="Rebuilt from follow dates"
              stroke={palette.series[0]}
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="followers"
              name="Followers at snapshot"
              stroke={palette.series[1]}
              strokeWidth={0}
              dot={{ r: 4, fill: palette.series[1] }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="profileFollowers"
              name="Profile count"
              stroke={palette.series[2]}
              strokeWidth={0}
              dot={{ r: 3, fill: palette.series[2] }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>

      <div className="grid-2">
        <ChartFrame
          title={`New follows per ${granularity}`}
          subtitle="Every follow seen in any snapshot, by its date"
          testId="chart-new-follows"
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={newDrawn} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              {axes(palette, domain)}
              <Tooltip content={<ChartTooltip labelFormat={label} />} />
              <Legend wrapperStyle={{ color: palette.text, fontSize: 13 }} />
              <Bar
                dataKey="followers"
                name="New followers"
                fill={palette.series[0]}
                isAnimationActive={false}
              />
              <Bar
                dataKey="following"
                name="You followed"
                fill={palette.series[1]}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartFrame>
        <ChartFrame
          title="Gained and lost per snapshot"
          subtitle="Changes between consecutive snapshots"
          testId="chart-changes"
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={windows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} stackOffset="sign">
              <CartesianGrid stroke={palette.grid} vertical={false} />
              <XAxis dataKey="window" stroke={palette.axis} tick={{ fill: palette.axis, fontSize: 12 }} />
              <YAxis
                tickFormatter={(v: number) => formatCompact(Math.abs(v))}
                stroke={palette.axis}
                tick={{ fill: palette.axis, fontSize: 12 }}
                width={56}
              />
              <ReferenceLine y={0} stroke={palette.axis} />
              <Tooltip
                content={
                  <ChartTooltip labelFormat={(l) => String(l)} valueFormat={(v) => formatInt(Math.abs(v))} />
                }
              />
              <Legend wrapperStyle={{ color: palette.text, fontSize: 13 }} />
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
        </ChartFrame>
      </div>

      <div className="grid-2">
        <ChartFrame
          title="Following over time"
          subtitle={`At each snapshot, and rebuilt from your follow dates (accounts still followed on ${asOf})`}
          testId="chart-following"
        >
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart
              data={[
                ...decimate(inRange(audience.rebuilt), MAX_DRAWN, (p) => p.rebuiltFollowing),
                ...inRange(audience.snaps),
              ].sort((a, b) => a.t - b.t)}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              {axes(palette, domain)}
              {snapshotMarkers(series, palette, from)}
              <Tooltip content={<ChartTooltip />} />
              <Legend wrapperStyle={{ color: palette.text, fontSize: 13 }} />
              <Line
                dataKey="rebuiltFollowing"
                name="Rebuilt from follow dates"
                stroke={palette.series[1]}
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
              <Line
                dataKey="following"
                name="Following at snapshot"
                stroke={palette.series[3]}
                strokeWidth={0}
                dot={{ r: 4, fill: palette.series[3] }}
                connectNulls
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </ChartFrame>
        <ChartFrame
          title="Ratio and follow-back rate"
          subtitle="Followers per account followed; share of them that follow you"
          testId="chart-ratio"
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={ratio} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              {axes(palette, [ratio[0]?.t ?? from, end])}
              <YAxis
                yAxisId="rate"
                orientation="right"
                tickFormatter={(v: number) => formatPercent(v)}
                stroke={palette.axis}
                tick={{ fill: palette.axis, fontSize: 12 }}
                width={48}
                domain={[0, 1]}
              />
              <Tooltip
                content={
                  <ChartTooltip
                    valueFormat={(v, name) =>
                      name.startsWith('Follow-back') ? formatPercent(v) : formatDecimal(v)
                    }
                  />
                }
              />
              <Legend wrapperStyle={{ color: palette.text, fontSize: 13 }} />
              <Line
                dataKey="ratio"
                name="Follower/following ratio"
                stroke={palette.series[0]}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
              <Line
                yAxisId="rate"
                dataKey="followBack"
                name="Follow-back rate (right)"
                stroke={palette.series[2]}
                strokeWidth={2}
                strokeDasharray="5 3"
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </ChartFrame>
      </div>
    </>
  );
}

export function GrowthPage() {
  const { accountId } = useAccount();
  const [range, setRange] = useState<Range>('all');
  const [granularity, setGranularity] = useState<Granularity>('week');
  const series = useCall('growthSeries', accountId ? { accountId, granularity } : null);
  const retention = useCall('retention', accountId ? { accountId } : null);
  const empty = accountId === null || (series.data && series.data.snapshots.length === 0);
  return (
    <div className="page" data-testid="page-growth">
      <PageHeader
        title="Growth"
        description="Followers and following over time, with who arrived and who left between snapshots."
        actions={
          <>
            <Segmented
              label="Range"
              value={range}
              options={['30d', '90d', '1y', 'all'] as const}
              onChange={(v) => setRange(v as Range)}
            />
            <Segmented
              label="Granularity"
              value={granularity}
              options={['day', 'week', 'month'] as const}
              onChange={(v) => setGranularity(v as Granularity)}
            />
          </>
        }
      />
      <ErrorBanner error={series.error} title="Could not load the series" onRetry={series.refetch} />
      {empty ? (
        <NoAccount what="how your audience grew" />
      ) : series.data ? (
        <div className="stack">
          <Charts series={series.data} range={range} granularity={granularity} />
          {accountId !== null && <GoalCard accountId={accountId} />}
          <Card
            title="Follower retention by month followed"
            subtitle="Of the follows dated in each month, the share still following at each snapshot. Months before your first snapshot only count those still there then."
          >
            {retention.data && retention.data.cohorts.length > 0 ? (
              <RetentionHeatmap table={retention.data} />
            ) : (
              <p className="muted">No dated follows yet.</p>
            )}
          </Card>
        </div>
      ) : null}
    </div>
  );
}
