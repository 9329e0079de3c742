// Fewer points to draw, never different numbers: each bucket keeps its real lowest and highest point
// (min-max decimation), so peaks and dips survive and every tooltip shows a value that was measured.
export function decimate<T>(points: readonly T[], max: number, value: (p: T) => number): T[] {
  if (points.length <= max) return [...points];
  const buckets = Math.max(1, Math.floor(max / 2));
  const size = points.length / buckets;
  const out: T[] = [];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size);
    const to = Math.min(points.length, Math.floor((b + 1) * size));
    let lo = from;
    let hi = from;
    for (let i = from; i < to; i++) {
      if (value(points[i]!) < value(points[lo]!)) lo = i;
      if (value(points[i]!) > value(points[hi]!)) hi = i;
    }
    if (lo === hi) out.push(points[lo]!);
    else out.push(points[Math.min(lo, hi)]!, points[Math.max(lo, hi)]!);
  }
  const last = points[points.length - 1]!;
  if (out[out.length - 1] !== last) out.push(last);
  return out;
}
