// Value helpers shared by every reader: exports spell "no value" many ways and write counts as strings.

// Only the spellings exports are known to use: a user may really be called "na", so nothing is guessed beyond them.
const NO_VALUE = new Set(['', 'n/a', 'none', 'null', 'undefined']);

/** True for null/undefined and the strings exports use to mean "nothing here". */
export function noValue(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x === 'string') return NO_VALUE.has(x.trim().toLowerCase());
  return false;
}

/** Longest spelling of "no value" above: longer strings skip the lower-casing (hot path: 2M+ usernames). */
const NO_VALUE_MAX = 9;

/** A trimmed string, or null when the value means "no value" or is not text/number. */
export function toText(x: unknown): string | null {
  if (typeof x === 'string') {
    const t = x.trim();
    return t.length <= NO_VALUE_MAX && NO_VALUE.has(t.toLowerCase()) ? null : t;
  }
  if (noValue(x)) return null;
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  return null;
}

/** A non-negative whole count from a number or a string like "58" / "1,204"; null when absent or unreadable. */
export function toCount(x: unknown): number | null {
  if (noValue(x)) return null;
  if (typeof x === 'number') return Number.isFinite(x) && x >= 0 ? Math.round(x) : null;
  if (typeof x !== 'string') return null;
  const digits = x.trim().replace(/[,_\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  const n = Math.round(Number(digits));
  return Number.isSafeInteger(n) ? n : null;
}
