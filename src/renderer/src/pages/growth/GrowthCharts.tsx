// The Growth page's charts: followers (snapshot counts, the profile's own counts, the curve rebuilt from
// follow dates, TikTok Studio's daily count), new follows per period, changes per snapshot window,
// following, and ratio / follow-back rate.
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
import type { Granularity, GrowthSeries, StudioFollowerPoint } from '../../../../shared/domain';
import { useChartPalette } from '../../charts/useChartPalette';
import type { ChartPalette } from '../../charts/palette';
import { usePlatform } from '../../app/usePlatform';
import { Card } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { PlatformNote } from '../../components/PlatformNote';
import { noFollowDatesNote } from '../../platformNotes';
import { formatDate, formatDecimal, formatInt, formatMonth, formatPercent } from '../../format';
import {
  countAxisProps,
  decimalAxisProps,
  legendProps,
  percentAxisProps,
  timeAxisProps,
} from '../../charts/kit';
import { SeriesToggles, type OptionalSeries } from '../../charts/SeriesToggles';
import { Segmented } from './Segmented';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { decimate } from '../../charts/decimate';

export type Range = '30d' | '90d' | '1y' | 'all';
/** The follower lines besides the count at each snapshot, each opt-in. */
type FollowerSource = 'rebuilt' | 'studio' | 'profile';
const RATIO_METRICS = ['Followers/following ratio', 'Follow-back rate'] as const;
type RatioMetric = (typeof RATIO_METRICS)[number];
const RANGE_DAYS: Record<Range, number> = { '30d': 30, '90d': 90, '1y': 365, all: Infinity };
const DAY = 86_400_000;
const MAX_DRAWN = 500;

const periodLabel = (g: Granularity) => (t: string | number) => {
  const d = new Date(Number(t));
  return g === 'month' ? formatMonth(d) : g === 'week' ? `Week of ${formatDate(d)}` : formatDate(d);
};

function axes(palette: ChartPalette, domain: [number, number], extra?: ReactNode) {
  return [
    <CartesianGrid key="grid" stroke={palette.grid} vertical={false} />,
    <XAxis key="x" {...timeAxisProps(palette, domain)} />,
    <YAxis key="y" {...countAxisProps(palette)} domain={['auto', 'auto']} />,
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

export function GrowthCharts({
  series,
  studio,
  range,
  granularity,
}: {
  series: GrowthSeries;
  /** TikTok Studio's daily follower count (empty without Studio downloads). */
  studio: StudioFollowerPoint[];
  range: Range;
  granularity: Granularity;
}) {
  const palette = useChartPalette();
  const { platform, has } = usePlatform();
  // X's archive has no follow dates: nothing is drawn by follow date.
  const followDates = has('followDates');
  const [shown, setShown] = useState<Set<FollowerSource>>(() => new Set());
  const [ratioMetric, setRatioMetric] = useState<RatioMetric>('Followers/following ratio');
  const end = series.snapshots.length ? Date.parse(series.snapshots.at(-1)!.takenAt) : 0;
  const firstSnapshot = series.snapshots.length ? Date.parse(series.snapshots[0]!.takenAt) : end;
  // The time axis starts at the first snapshot, or at the first follow date when a rebuilt line is shown.
  const first = Math.min(
    series.rebuilt.points.length ? Date.parse(series.rebuilt.points[0]!.period) : end,
    firstSnapshot,
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
    const studioDays = studio
      .filter((p) => p.followers !== null)
      .map((p) => ({ t: Date.parse(`${p.day}T23:59:59Z`), studioFollowers: p.followers ?? undefined }));
    return { rebuilt, snaps, studioDays };
  }, [series, studio]);
  const rebuiltDrawn = decimate(inRange(audience.rebuilt), MAX_DRAWN, (p) => p.rebuiltFollowers);
  const studioDrawn = decimate(inRange(audience.studioDays), MAX_DRAWN, (p) => p.studioFollowers ?? 0);
  const followersData = [...rebuiltDrawn, ...studioDrawn, ...inRange(audience.snaps)].sort(
    (a, b) => a.t - b.t,
  );
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
  const ratio = series.snapshots.map((s) => ({
    t: Date.parse(s.takenAt),
    ratio: s.ratio,
    followBack: s.followBackRate,
  }));
  const asOf = series.rebuilt.asOf ? formatDate(series.rebuilt.asOf) : '';
  const optional: OptionalSeries<FollowerSource>[] = [
    ...(followDates
      ? [
          {
            key: 'rebuilt' as const,
            label: 'Rebuilt from follow dates',
            explanation: `A day-by-day line from the date each follower followed you. It only knows the people still following on ${asOf}, so it misses anyone who followed and left.`,
            color: palette.series[1]!,
          },
        ]
      : []),
    ...(audience.studioDays.length > 0
      ? [
          {
            key: 'studio' as const,
            label: 'TikTok Studio daily count',
            explanation: 'The follower count TikTok Studio reported each day, from your Studio downloads.',
            color: palette.series[3]!,
          },
        ]
      : []),
    // Offered only when some export carried the profile's own count (X's archive never does).
    ...(series.snapshots.some((s) => s.profileFollowers !== null)
      ? [
          {
            key: 'profile' as const,
            label: 'Count on your profile',
            explanation:
              'The number your profile showed when the export was made. It can differ from the list of followers, which leaves out some accounts.',
            color: palette.series[2]!,
          },
        ]
      : []),
  ];
  const lastSnap = series.snapshots.at(-1);
  const firstSnap = series.snapshots[0];
  const followersSummary =
    firstSnap && lastSnap
      ? `${formatInt(firstSnap.followers)} followers on ${formatDate(firstSnap.takenAt)}, ${formatInt(lastSnap.followers)} on ${formatDate(lastSnap.takenAt)}, over ${series.snapshots.length} snapshots.`
      : 'No snapshots yet.';

  return (
    <>
      <ChartFrame
        title="Followers over time"
        subtitle="Your follower count at each export you imported"
        testId="chart-followers"
        height={320}
        summary={followersSummary}
        footer={
          <>
            Dashed verticals mark your snapshots.
            <SeriesToggles series={optional} shown={shown} onChange={setShown} />
          </>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={followersData} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            {axes(palette, shown.has('rebuilt') ? domain : [Math.max(from, firstSnapshot), end])}
            {snapshotMarkers(series, palette, from)}
            <Tooltip content={<ChartTooltip />} />
            <Legend {...legendProps(palette)} />
            <Line
              dataKey="followers"
              name="Followers"
              stroke={palette.series[0]}
              strokeWidth={2}
              dot={{ r: 4, fill: palette.series[0] }}
              connectNulls
              isAnimationActive={false}
            />
            {shown.has('rebuilt') && (
              <Line
                dataKey="rebuiltFollowers"
                name="Rebuilt from follow dates"
                stroke={palette.series[1]}
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            )}
            {shown.has('studio') && audience.studioDays.length > 0 && (
              <Line
                dataKey="studioFollowers"
                name="TikTok Studio daily count"
                stroke={palette.series[3]}
                strokeWidth={2}
                strokeDasharray="5 3"
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            )}
            {shown.has('profile') && (
              <Line
                dataKey="profileFollowers"
                name="Count on your profile"
                stroke={palette.series[2]}
                strokeWidth={0}
                dot={{ r: 3, fill: palette.series[2] }}
                connectNulls
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>

      <div className="grid-2">
        {!followDates ? (
          <Card title={`New follows per ${granularity}`} style={{ alignSelf: 'start' }}>
            <PlatformNote>{noFollowDatesNote(platform)}</PlatformNote>
          </Card>
        ) : (
          <ChartFrame
            title={`New follows per ${granularity}`}
            subtitle="Every follow seen in any snapshot, by its date"
            testId="chart-new-follows"
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={newDrawn} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                {axes(palette, domain)}
                <Tooltip content={<ChartTooltip labelFormat={label} />} />
                <Legend {...legendProps(palette)} />
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
        )}
        <ChartFrame
          title="Gained and lost per snapshot"
          subtitle="Changes between consecutive snapshots"
          testId="chart-changes"
        >
          {windows.length === 0 ? (
            <p className="muted" data-testid="changes-need-two">
              Needs two exports with a follower list. Your next import shows who followed you and who left
              between the two.
            </p>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={windows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} stackOffset="sign">
                <CartesianGrid stroke={palette.grid} vertical={false} />
                <XAxis dataKey="window" stroke={palette.axis} tick={{ fill: palette.axis, fontSize: 12 }} />
                {/* Unfollows are drawn below zero and labelled with their sign: −110, not 110. */}
                <YAxis {...countAxisProps(palette)} />
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
      </div>

      <div className="grid-2">
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
            <ComposedChart
              data={[
                ...(followDates
                  ? decimate(inRange(audience.rebuilt), MAX_DRAWN, (p) => p.rebuiltFollowing)
                  : []),
                ...inRange(audience.snaps),
              ].sort((a, b) => a.t - b.t)}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              {axes(palette, domain)}
              {snapshotMarkers(series, palette, from)}
              <Tooltip content={<ChartTooltip />} />
              <Legend {...legendProps(palette)} />
              {followDates && (
                <Line
                  dataKey="rebuiltFollowing"
                  name="Rebuilt from follow dates"
                  stroke={palette.series[1]}
                  strokeWidth={2}
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
              )}
              <Line
                dataKey="following"
                name="Following at snapshot"
                stroke={palette.series[3]}
                // Beside the rebuilt line the snapshots are dots; alone, they are joined.
                strokeWidth={followDates ? 0 : 2}
                dot={{ r: 4, fill: palette.series[3] }}
                connectNulls
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </ChartFrame>
        <ChartFrame
          title={ratioMetric}
          subtitle={
            ratioMetric === 'Follow-back rate'
              ? 'Of the accounts you follow, the share that follow you back'
              : 'Followers for each account you follow (26,000 followers and 700 following make 37)'
          }
          testId="chart-ratio"
          footer={
            <Segmented
              label="Metric"
              value={ratioMetric}
              options={RATIO_METRICS}
              onChange={(v) => setRatioMetric(v)}
            />
          }
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={ratio} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <XAxis {...timeAxisProps(palette, [ratio[0]?.t ?? from, end])} />
              {ratioMetric === 'Follow-back rate' ? (
                <YAxis {...percentAxisProps(palette)} domain={[0, 1]} />
              ) : (
                <YAxis {...decimalAxisProps(palette)} domain={['auto', 'auto']} />
              )}
              <Tooltip
                content={
                  <ChartTooltip
                    valueFormat={(v) =>
                      ratioMetric === 'Follow-back rate' ? formatPercent(v) : formatDecimal(v)
                    }
                  />
                }
              />
              <Line
                dataKey={ratioMetric === 'Follow-back rate' ? 'followBack' : 'ratio'}
                name={ratioMetric}
                stroke={palette.series[0]}
                strokeWidth={2}
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
