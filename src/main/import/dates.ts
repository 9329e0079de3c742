// Export dates: "YYYY-MM-DD HH:MM:SS" in UTC, no zone marker (checked against a raw epoch in a real export);
// newer TXT exports append " UTC". Tolerated too: a "T" separator, missing seconds, a trailing "Z".
// Parsed by hand: 2M+ dates per big export, and Date.parse of a zone-less string means local time.

const DIGIT_0 = 48;

function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const TRAILER = /^(?:\s*(?:UTC|GMT|Z))?\s*$/i;

/** Epoch ms for an export date string, or null when it is not one. */
export function parseExportDate(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const s = text.trim();
  if (s.length < 10) return null;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null; // '-'
  let hour = 0;
  let minute = 0;
  let second = 0;
  let rest = 10;
  const sep = s.charAt(10);
  if (sep === ' ' || sep === 'T') {
    const h = digitsAt(s, 11, 2);
    const m = s.charAt(13) === ':' ? digitsAt(s, 14, 2) : -1;
    if (h >= 0 && m >= 0) {
      hour = h;
      minute = m;
      rest = 16;
      if (s.charAt(16) === ':') {
        const sec = digitsAt(s, 17, 2);
        if (sec < 0) return null;
        second = sec;
        rest = 19;
        // Fractional seconds are dropped: exports never carry them, but ISO strings may.
        if (s.charAt(19) === '.') {
          rest = 20;
          while (rest < s.length && digitsAt(s, rest, 1) >= 0) rest++;
        }
      }
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return null;
  if (rest < s.length && !TRAILER.test(s.slice(rest))) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Reject impossible days (Feb 30) rather than letting Date roll them over.
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return ms;
}
