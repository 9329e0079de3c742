// Small statistics helpers shared by the metrics, the rules and the forecast.

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export interface LinearFit {
  slope: number;
  intercept: number;
  /** Residual standard deviation (n - 2 degrees of freedom); 0 with two points. */
  residualSd: number;
  n: number;
  meanX: number;
  /** Sum of squared deviations of x. */
  sxx: number;
}

/** Ordinary least squares y = intercept + slope·x. Needs at least two distinct x. */
export function fitLine(xs: readonly number[], ys: readonly number[]): LinearFit | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i]! - (intercept + slope * xs[i]!)) ** 2;
  const residualSd = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  return { slope, intercept, residualSd, n, meanX: mx, sxx };
}

/** Half-width of the prediction interval at x (≈95%, Student t for small n). */
export function predictionHalfWidth(fit: LinearFit, x: number): number {
  const t = tQuantile975(Math.max(1, fit.n - 2));
  return t * fit.residualSd * Math.sqrt(1 + 1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx);
}

/** Two-sided 95% Student t quantile; table for small df, normal beyond. */
export function tQuantile975(df: number): number {
  const table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];
  if (df <= 10) return table[Math.max(1, Math.round(df)) - 1]!;
  if (df <= 30) return 2.228 - ((df - 10) * (2.228 - 2.042)) / 20;
  return 1.96;
}
