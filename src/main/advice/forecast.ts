// When will the follower goal be reached? Two models fitted on recent snapshots:
//  - linear: followers = a + b·days (steady absolute growth);
//  - growth-rate: ln(followers) = a + r·days (steady percentage growth, i.e. compounding).
// Each carries a ≈95% prediction band from its residuals (Student t, widening away from the data),
// so a projection made from three noisy snapshots says how unsure it is. Pure functions. Calendar days
// (which exports fall on different days, the dates the assumptions name) are read in the product's zone.
import type {
  FollowerGoal,
  Forecast,
  ForecastPoint,
  ModelForecast,
  MetricsSnapshot,
} from '../../shared/domain/advice';
import { dayInZone } from '../analytics/engagement/time-zone';
import { fitLine, predictionHalfWidth, type LinearFit } from './stats';

const DAY_MS = 86_400_000;
/** Fit on the last FIT_WINDOW_DAYS of snapshots (at least MIN_POINTS when there are that many). */
export const FIT_WINDOW_DAYS = 180;
/**
 * A line through two points always fits perfectly and says nothing about its error: a forecast needs
 * at least this many exports taken on different days.
 */
export const MIN_FORECAST_POINTS = 3;
const MIN_POINTS = MIN_FORECAST_POINTS;
/** Never project further than this. */
const MAX_HORIZON_DAYS = 3 * 365;
const DEFAULT_HORIZON_DAYS = 180;
const PROJECTION_STEPS = 30;

export interface ForecastOptions {
  horizonDays?: number;
  /** Today: projections start here (or at the newest export, if that is later), never in the past. */
  now?: number;
  /** The product's zone: the days the forecast counts and names are calendar days there. */
  timeZone: string;
}

interface Model {
  name: ModelForecast['model'];
  fit: LinearFit;
  /** Central, low and high followers at day x (relative to the first fitted point). */
  at(x: number): { mid: number; low: number; high: number };
}

export function pickFitWindow(points: readonly MetricsSnapshot[]): MetricsSnapshot[] {
  const sorted = [...points].sort((a, b) => a.takenAt - b.takenAt);
  const last = sorted[sorted.length - 1];
  if (!last) return [];
  const recent = sorted.filter((p) => p.takenAt >= last.takenAt - FIT_WINDOW_DAYS * DAY_MS);
  return recent.length >= MIN_POINTS ? recent : sorted.slice(-MIN_POINTS);
}

function buildModels(points: readonly MetricsSnapshot[]): Model[] {
  const t0 = points[0]!.takenAt;
  const xs = points.map((p) => (p.takenAt - t0) / DAY_MS);
  const models: Model[] = [];
  const lin = fitLine(
    xs,
    points.map((p) => p.followers),
  );
  if (lin) {
    models.push({
      name: 'linear',
      fit: lin,
      at: (x) => {
        const mid = lin.intercept + lin.slope * x;
        const h = predictionHalfWidth(lin, x);
        return { mid, low: Math.max(0, mid - h), high: mid + h };
      },
    });
  }
  if (points.every((p) => p.followers > 0)) {
    const log = fitLine(
      xs,
      points.map((p) => Math.log(p.followers)),
    );
    if (log) {
      models.push({
        name: 'growth-rate',
        fit: log,
        at: (x) => {
          const mid = log.intercept + log.slope * x;
          const h = predictionHalfWidth(log, x);
          return { mid: Math.exp(mid), low: Math.exp(mid - h), high: Math.exp(mid + h) };
        },
      });
    }
  }
  return models;
}

/** First day x in [from, to] where f(x) >= target, scanning day by day; null when never. */
function firstDayReaching(from: number, to: number, target: number, f: (x: number) => number): number | null {
  for (let x = Math.ceil(from); x <= to; x++) if (f(x) >= target) return x;
  return null;
}

export function forecastFollowers(
  snapshots: readonly MetricsSnapshot[],
  goal: FollowerGoal | null,
  options: ForecastOptions,
): Forecast {
  const zone = options.timeZone;
  const isoDay = (ms: number) => dayInZone(ms, zone);
  const sorted = [...snapshots].sort((a, b) => a.takenAt - b.takenAt);
  const current = sorted[sorted.length - 1]?.followers ?? null;
  const history: ForecastPoint[] = sorted.map((p) => ({
    t: new Date(p.takenAt).toISOString(),
    actual: p.followers,
    linear: null,
    linearLow: null,
    linearHigh: null,
    growth: null,
    growthLow: null,
    growthHigh: null,
  }));
  const window = pickFitWindow(sorted);
  const now = options.now ?? Date.now();
  const base = {
    goal,
    current,
    observations: window.length,
    minimumObservations: MIN_FORECAST_POINTS,
    timeZone: zone,
  };
  const days = new Set(window.map((p) => isoDay(p.takenAt))).size;
  if (days < MIN_FORECAST_POINTS) {
    return {
      ...base,
      models: [],
      points: history,
      from: null,
      assumptions: [],
      unavailable: `A forecast needs at least ${MIN_FORECAST_POINTS} exports taken on different days (in ${zone}); there ${days === 1 ? 'is' : 'are'} ${days}.`,
    };
  }
  const models = buildModels(window);
  if (models.length === 0) {
    return {
      ...base,
      models: [],
      points: history,
      from: null,
      assumptions: [],
      unavailable: 'The exports were all taken at the same time.',
    };
  }
  const t0 = window[0]!.takenAt;
  const newest = window[window.length - 1]!.takenAt;
  const lastX = (newest - t0) / DAY_MS;
  // Projections start today: a date before it is history, not a forecast.
  const startX = Math.max(lastX, (now - t0) / DAY_MS);
  const maxX = startX + MAX_HORIZON_DAYS;

  const results: ModelForecast[] = models.map((m) => {
    const toIso = (x: number | null) => (x === null ? null : new Date(t0 + x * DAY_MS).toISOString());
    const reach = goal ? firstDayReaching(startX, maxX, goal.target, (x) => m.at(x).mid) : null;
    const earliest = goal ? firstDayReaching(startX, maxX, goal.target, (x) => m.at(x).high) : null;
    const latest = goal ? firstDayReaching(startX, maxX, goal.target, (x) => m.at(x).low) : null;
    return {
      model: m.name,
      slope: m.fit.slope,
      reachDate: toIso(reach),
      reachEarliest: toIso(earliest),
      reachLatest: toIso(latest),
      passed: !goal
        ? null
        : current !== null && current >= goal.target
          ? 'at-newest-export'
          : m.at(startX).mid >= goal.target
            ? 'by-today'
            : null,
      residualSd: m.fit.residualSd,
    };
  });

  // Project far enough to show the goal being reached by the central lines (within bounds).
  const reachXs = results
    .map((r) => (r.reachDate ? (Date.parse(r.reachDate) - t0) / DAY_MS : null))
    .filter((x): x is number => x !== null);
  // Never shorter than the default, though: a goal a few weeks off would otherwise leave a sliver of
  // projection beside years of history, too thin to read the lines or their bands.
  const wanted =
    options.horizonDays ??
    Math.max(DEFAULT_HORIZON_DAYS, reachXs.length > 0 ? Math.max(...reachXs) - startX + 14 : 0);
  const horizon = Math.min(MAX_HORIZON_DAYS, Math.max(7, wanted));
  const projection: ForecastPoint[] = [];
  for (let i = 0; i <= PROJECTION_STEPS; i++) {
    const x = startX + (horizon * i) / PROJECTION_STEPS;
    const point: ForecastPoint = {
      t: new Date(t0 + x * DAY_MS).toISOString(),
      actual: i === 0 && startX === lastX ? window[window.length - 1]!.followers : null,
      linear: null,
      linearLow: null,
      linearHigh: null,
      growth: null,
      growthLow: null,
      growthHigh: null,
    };
    for (const m of models) {
      const v = m.at(x);
      if (m.name === 'linear') Object.assign(point, { linear: v.mid, linearLow: v.low, linearHigh: v.high });
      else Object.assign(point, { growth: v.mid, growthLow: v.low, growthHigh: v.high });
    }
    projection.push(point);
  }
  // When the newest export is from today, its point and the first projection point are one moment.
  const merged = startX === lastX ? [...history.slice(0, -1), ...projection] : [...history, ...projection];
  const assumptions = [
    `Fitted on ${window.length} exports from ${isoDay(t0)} to ${isoDay(newest)} (dates in ${zone}; the last ${FIT_WINDOW_DAYS} days of exports, or the last ${MIN_FORECAST_POINTS}).`,
    ...results.map((r) =>
      r.model === 'linear'
        ? `Straight line: the same number of new followers every day as then (${r.slope >= 0 ? '+' : ''}${Math.round(r.slope * 10) / 10} a day).`
        : `Growth rate: the same percentage growth every day as then (${r.slope >= 0 ? '+' : ''}${Math.round(r.slope * 10_000) / 100}% a day, compounding).`,
    ),
    startX > lastX
      ? `Starts today (${isoDay(now)}); the ${Math.round(startX - lastX)} days since the newest export (${isoDay(newest)}) are projected, not seen.`
      : `Starts today (${isoDay(now)}), the day of the newest export.`,
    'The band is where 95% of outcomes would fall if the future varies as much around the line as the fitted exports did.',
  ];
  return {
    ...base,
    models: results,
    points: merged,
    from: new Date(t0 + startX * DAY_MS).toISOString(),
    assumptions,
    unavailable: null,
  };
}
