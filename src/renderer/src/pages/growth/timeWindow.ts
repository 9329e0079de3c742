// The time window every Growth chart shares: from the chosen range back from the newest snapshot, never
// before the first data, so the charts line up on one time axis.
import type { Granularity, GrowthSeries } from '../../../../shared/domain';
import { formatDate, formatMonth } from '../../format';

export type Range = '30d' | '90d' | '1y' | 'all';
const RANGE_DAYS: Record<Range, number> = { '30d': 30, '90d': 90, '1y': 365, all: Infinity };
export const DAY = 86_400_000;
/** The most points a line draws (more than a chart is wide in pixels adds nothing but work). */
export const MAX_DRAWN = 500;

export interface TimeWindow {
  /** The newest snapshot's time. */
  end: number;
  firstSnapshot: number;
  /** The window's start. */
  from: number;
  domain: [number, number];
  /** Keeps the points in the window (and one month before, so lines enter from the left edge). */
  inRange<T extends { t: number }>(xs: T[]): T[];
}

export function timeWindow(series: GrowthSeries, range: Range): TimeWindow {
  const end = series.snapshots.length ? Date.parse(series.snapshots.at(-1)!.takenAt) : 0;
  const firstSnapshot = series.snapshots.length ? Date.parse(series.snapshots[0]!.takenAt) : end;
  // The time axis starts at the first snapshot, or at the first follow date when a rebuilt line is shown.
  const first = Math.min(
    series.rebuilt.points.length ? Date.parse(series.rebuilt.points[0]!.period) : end,
    firstSnapshot,
  );
  const from = Math.max(first, end - RANGE_DAYS[range] * DAY);
  return {
    end,
    firstSnapshot,
    from,
    domain: [from, end],
    inRange: (xs) => xs.filter((x) => x.t >= from - 31 * DAY && x.t <= end),
  };
}

export const periodLabel = (g: Granularity) => (t: string | number) => {
  const d = new Date(Number(t));
  return g === 'month' ? formatMonth(d) : g === 'week' ? `Week of ${formatDate(d)}` : formatDate(d);
};
