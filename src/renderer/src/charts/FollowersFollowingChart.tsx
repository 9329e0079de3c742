// Followers (reach) and following (your feed) at each snapshot: the chart the product's point rests on,
// shown on the Overview and in the Guide. Two panels, one above the other, on one shared time axis, each
// with its own scale starting at its own data: one chart with two y axes would draw 703 following above
// 26,101 followers. The tooltip shows both counts and the followers/following ratio.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../components/ChartFrame';
import { formatDate, formatDecimal, formatInt } from '../format';
import { valueExtent } from './countScale';
import { countAxisProps, gridProps, pointDot, timeAxisProps } from './kit';
import { useChartPalette } from './useChartPalette';
import './charts.css';

export interface FollowPoint {
  /** Snapshot time, epoch ms. */
  t: number;
  /** null: that export carried no such list (a gap in the line, not a drop to 0). */
  followers: number | null;
  following: number | null;
}

/** Followers per account followed, the one ratio the app shows (null when either list is unknown or you follow no one). */
export const followRatio = (p: FollowPoint): number | null =>
  p.followers !== null && p.following !== null && p.following > 0 ? p.followers / p.following : null;

/** The chart in words, for screen readers and the PNG-less: first and last snapshot, both counts. */
export function describeFollowPoints(points: FollowPoint[], followersLabel: string, followingLabel: string) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No snapshots yet.';
  const at = (p: FollowPoint) =>
    `${followersLabel} ${formatInt(p.followers)}, ${followingLabel} ${formatInt(p.following)} on ${formatDate(new Date(p.t))}`;
  return points.length === 1
    ? `One snapshot: ${at(first)}.`
    : `${points.length} snapshots. First: ${at(first)}. Last: ${at(last)}.`;
}

function PointTooltip({
  active,
  label,
  points,
  followersLabel,
  followingLabel,
  colors,
}: {
  active?: boolean;
  label?: number | string;
  points: FollowPoint[];
  followersLabel: string;
  followingLabel: string;
  colors: [string, string];
}) {
  const point = points.find((p) => p.t === Number(label));
  if (!active || !point) return null;
  const ratio = followRatio(point);
  return (
    <div className="chart-tooltip" role="status">
      <div className="chart-tooltip-label">{formatDate(new Date(point.t))}</div>
      <div className="chart-tooltip-row">
        <span className="chart-tooltip-swatch" style={{ background: colors[0] }} />
        <span>{followersLabel}</span>
        <strong>{formatInt(point.followers)}</strong>
      </div>
      <div className="chart-tooltip-row">
        <span className="chart-tooltip-swatch" style={{ background: colors[1] }} />
        <span>{followingLabel}</span>
        <strong>{formatInt(point.following)}</strong>
      </div>
      <div className="chart-tooltip-row">
        <span />
        <span>Followers/following ratio</span>
        <strong>{ratio === null ? '—' : formatDecimal(ratio)}</strong>
      </div>
    </div>
  );
}

export function FollowersFollowingChart({
  points,
  title,
  subtitle,
  testId,
  height = 320,
  followersLabel = 'Followers',
  followingLabel = 'Following',
}: {
  points: FollowPoint[];
  title: string;
  subtitle: string;
  testId: string;
  height?: number;
  followersLabel?: string;
  followingLabel?: string;
}) {
  const palette = useChartPalette();
  const colors: [string, string] = [palette.series[0]!, palette.series[1]!];
  const first = points[0]?.t ?? 0;
  const last = points.at(-1)?.t ?? first;
  // One snapshot still gets an axis a day wide, so its dot sits in the middle.
  const domain: [number, number] = first === last ? [first - 86_400_000, last + 86_400_000] : [first, last];
  const panel = (key: 'followers' | 'following', name: string, color: string, withXAxis: boolean) => (
    <div className="chart-panel">
      <span className="chart-panel-label" style={{ color }}>
        {name}
      </span>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={points}
          syncId={`${testId}-panels`}
          margin={{ top: 20, right: 16, bottom: withXAxis ? 0 : 10, left: 0 }}
        >
          <CartesianGrid {...gridProps(palette)} />
          <XAxis {...timeAxisProps(palette, domain)} hide={!withXAxis} padding={{ left: 16, right: 16 }} />
          <YAxis {...countAxisProps(palette, valueExtent(points, [key]))} />
          <Tooltip
            content={
              <PointTooltip
                points={points}
                followersLabel={followersLabel}
                followingLabel={followingLabel}
                colors={colors}
              />
            }
          />
          <Line
            type="monotone"
            dataKey={key}
            name={name}
            stroke={color}
            strokeWidth={2}
            dot={pointDot(3, color)}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      height={height}
      testId={testId}
      summary={describeFollowPoints(points, followersLabel, followingLabel)}
      footer={
        points.length < 2
          ? // Said of the lists, not of exports: a later export without them (likes only) adds no point.
            `Only one export so far lists your followers and following${points[0] ? ` (${formatDate(new Date(points[0].t))})` : ''}. Import a later one that does to draw a line.`
          : 'Each panel has its own scale: compare how each line moves, not their heights.'
      }
    >
      <div className="chart-panels">
        {panel('followers', followersLabel, colors[0], false)}
        {panel('following', followingLabel, colors[1], true)}
      </div>
    </ChartFrame>
  );
}
