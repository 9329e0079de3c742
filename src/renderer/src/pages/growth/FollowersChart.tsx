// Followers over time: the count at each snapshot by default; the rebuilt curve, Studio's daily count
// and the profile's own count are opt-in lines, each explained in plain words.
import { useState } from 'react';
import { ComposedChart, Legend, Line, ResponsiveContainer, Tooltip } from 'recharts';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { decimate } from '../../charts/decimate';
import { legendProps, pointDot } from '../../charts/kit';
import { SeriesToggles, type OptionalSeries } from '../../charts/SeriesToggles';
import { ChartFrame } from '../../components/ChartFrame';
import { valueExtent } from '../../charts/countScale';
import { formatDate, formatInt, PARTIAL_EXPORT } from '../../format';
import {
  REBUILT_LINE_NAME,
  rebuiltLineColor,
  rebuiltLine,
  snapshotMarkers,
  timeAxes,
  type AudienceChartProps,
} from './chartParts';
import { MAX_DRAWN } from './timeWindow';

/** The follower lines besides the count at each snapshot, each opt-in. */
type FollowerSource = 'rebuilt' | 'studio' | 'profile';

export function FollowersChart({ series, points, window: w, palette, followDates }: AudienceChartProps) {
  const [shown, setShown] = useState<Set<FollowerSource>>(() => new Set());
  // Only the lines shown are in the chart's data: hidden ones would still be laid out for the tooltip.
  const rebuiltDrawn = shown.has('rebuilt')
    ? decimate(w.inRange(points.rebuilt), MAX_DRAWN, (p) => p.rebuiltFollowers)
    : [];
  const studioDrawn = shown.has('studio')
    ? decimate(w.inRange(points.studioDays), MAX_DRAWN, (p) => p.studioFollowers ?? 0)
    : [];
  const data = [...rebuiltDrawn, ...studioDrawn, ...w.inRange(points.snaps)].sort((a, b) => a.t - b.t);
  const asOf = series.rebuilt.asOf ? formatDate(series.rebuilt.asOf) : '';
  const optional: OptionalSeries<FollowerSource>[] = [
    ...(followDates
      ? [
          {
            key: 'rebuilt' as const,
            label: REBUILT_LINE_NAME,
            explanation: `A day-by-day line from the date each follower followed you. It only knows the people still following on ${asOf}, so it misses anyone who followed and left.`,
            color: rebuiltLineColor(palette),
          },
        ]
      : []),
    ...(points.studioDays.length > 0
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
  // Counts the service left unknown (a list not carried, or a date-range export's) are not summarized.
  const counted = series.snapshots.filter((s) => s.followers !== null);
  const lastSnap = counted.at(-1);
  const firstSnap = counted[0];
  const partial = series.snapshots.filter((s) => s.followsSince !== null).length;
  const summary =
    firstSnap && lastSnap
      ? `${formatInt(firstSnap.followers)} followers on ${formatDate(firstSnap.takenAt)}, ${formatInt(lastSnap.followers)} on ${formatDate(lastSnap.takenAt)}, over ${counted.length} snapshots.`
      : 'No snapshots yet.';

  return (
    <ChartFrame
      title="Followers over time"
      subtitle="Your follower count at each export you imported"
      testId="chart-followers"
      height={320}
      summary={summary}
      footer={
        <>
          Dashed verticals mark your snapshots.
          {partial > 0 &&
            ` ${partial === 1 ? 'One export' : `${partial} exports`} (${PARTIAL_EXPORT}) ${partial === 1 ? 'lists' : 'list'} only recent follows: no count is drawn for ${partial === 1 ? 'it' : 'them'}.`}
          <SeriesToggles series={optional} shown={shown} onChange={setShown} />
        </>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          {timeAxes(
            palette,
            shown.has('rebuilt') ? w.domain : [Math.max(w.from, w.firstSnapshot), w.end],
            valueExtent(data, ['followers', 'rebuiltFollowers', 'studioFollowers', 'profileFollowers']),
          )}
          {snapshotMarkers(series, palette, w.from)}
          <Tooltip content={<ChartTooltip />} />
          <Legend {...legendProps(palette)} />
          <Line
            dataKey="followers"
            name="Followers"
            stroke={palette.series[0]}
            strokeWidth={2}
            dot={pointDot(4, palette.series[0])}
            connectNulls
            isAnimationActive={false}
          />
          {shown.has('rebuilt') && rebuiltLine('rebuiltFollowers', palette)}
          {shown.has('studio') && points.studioDays.length > 0 && (
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
              dot={pointDot(3, palette.series[2])}
              connectNulls
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
