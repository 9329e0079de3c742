// When will the follower goal be reached? Two models fitted on recent snapshots:
//  - linear: followers = a + b·days (steady absolute growth);
//  - growth-rate: ln(followers) = a + r·days (steady percentage growth, i.e. compounding).
// Each carries a ≈95% prediction band from its residuals (Student t, widening away from the data),
// so a projection made from three noisy snapshots says how unsure it is. Pure functions.
import type {
  FollowerGoal,
  Forecast,
  ForecastPoint,
  ModelForecast,
  MetricsSnapshot,
} from '../../shared/domain/advice';
import { fitLine, predictionHalfWidth, type LinearFit } from './stats';

const DAY_MS = 86_400_000;
/** Fit on the last FIT_WINDOW_DAYS of snapshots (at least MIN_POINTS when there are that many). */
export const FIT_WINDOW_DAYS = 180;
const MIN_POINTS = 3;
/** Never project further than this. */
const MAX_HORIZON_DAYS = 3 * 365;
const DEFAULT_HORIZON_DAYS = 180;
const PROJECTION_STEPS = 30;

export interface ForecastOptions {
  horizonDays?: number;
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
  options: ForecastOptions = {},
): Forecast {
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
  const base = { goal, current, observations: window.length };
  if (window.length < 2) {
    return {
      ...base,
      models: [],
      points: history,
      unavailable: 'At least two exports taken on different days are needed.',
    };
  }
  const models = buildModels(window);
  if (models.length === 0) {
    return {
      ...base,
      models: [],
      points: history,
      unavailable: 'The exports were all taken at the same time.',
    };
  }
  const t0 = window[0]!.takenAt;
  const lastX = (window[window.length - 1]!.takenAt - t0) / DAY_MS;
  const maxX = lastX + MAX_HORIZON_DAYS;

  const results: ModelForecast[] = models.map((m) => {
    const toIso = (x: number | null) => (x === null ? null : new Date(t0 + x * DAY_MS).toISOString());
    const reach = goal ? firstDayReaching(lastX, maxX, goal.target, (x) => m.at(x).mid) : null;
    const earliest = goal ? firstDayReaching(lastX, maxX, goal.target, (x) => m.at(x).high) : null;
    const latest = goal ? firstDayReaching(lastX, maxX, goal.target, (x) => m.at(x).low) : null;
    return {
      model: m.name,
      slope: m.fit.slope,
      reachDate: toIso(reach),
      reachEarliest: toIso(earliest),
      reachLatest: toIso(latest),
      residualSd: m.fit.residualSd,
    };
  });

  // Project far enough to show the goal being reached by the central lines (within bounds).
  const reachXs = results
    .map((r) => (r.reachDate ? (Date.parse(r.reachDate) - t0) / DAY_MS : null))
    .filter((x): x is number => x !== null);
  const wanted =
    options.horizonDays ?? (reachXs.length > 0 ? Math.max(...reachXs) - lastX + 14 : DEFAULT_HORIZON_DAYS);
  const horizon = Math.min(MAX_HORIZON_DAYS, Math.max(7, wanted));
  const projection: ForecastPoint[] = [];
  for (let i = 0; i <= PROJECTION_STEPS; i++) {
    const x = lastX + (horizon * i) / PROJECTION_STEPS;
    const point: ForecastPoint = {
      t: new Date(t0 + x * DAY_MS).toISOString(),
      actual: i === 0 ? window[window.length - 1]!.followers : null,
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
  // The last history point and the first projection point are the same moment: merge them.
  const merged = [...history.slice(0, -1), projection[0]!, ...projection.slice(1)];
  return { ...base, models: results, points: merged, unavailable: null };
}
