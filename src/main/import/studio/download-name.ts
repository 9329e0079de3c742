// What a Studio download's file name says: `Overview_2025-03-14_1741910400_some.handle.zip`,
// `Followers_handle.zip`, `Followers_<handle>-2_FollowerGender.csv` (a repeat download), `Content_2.csv`,
// also with a browser's " (1)" suffix. The epoch (seconds or milliseconds) wins over the date.
import path from 'node:path';

export interface NameInfo {
  exportedAt: number | null;
  handle: string | null;
}

/** Tab names TikTok appends after the handle inside a Followers download (`…_FollowerGender.csv`). */
const TAB_SUFFIX = /_(?:follower\w*|overview|viewers|content)$/i;
/** A TikTok handle: letters, digits, `_` and `.` (never `-`, so `-2` is always a repeat suffix). */
const HANDLE = /^@?[\w.]{1,64}$/;

export function readDownloadName(fileName: string): NameInfo {
  const base = path
    .basename(fileName)
    .replace(/\.(zip|csv|xlsx)$/i, '')
    .replace(/\s*\(\d+\)$/, '');
  const m =
    /^(overview|followers|viewers|content|follower\w*|analytics)(?:_(\d{4}-\d{2}-\d{2}))?(?:_(\d{10}|\d{13}))?(?:_(.+))?$/i.exec(
      base,
    );
  if (!m) return { exportedAt: null, handle: null };
  let exportedAt: number | null = null;
  if (m[3]) exportedAt = m[3].length === 13 ? Number(m[3]) : Number(m[3]) * 1000;
  else if (m[2]) {
    const t = Date.parse(`${m[2]}T12:00:00Z`);
    if (Number.isFinite(t)) exportedAt = t;
  }
  return { exportedAt, handle: handleOf(m[4]) };
}

/** The handle part of a name, without a tab suffix or a repeat-download `-2`; null for a bare `2`. */
function handleOf(raw: string | undefined): string | null {
  if (!raw) return null;
  const handle = raw
    .replace(TAB_SUFFIX, '')
    .replace(/-\d{1,3}$/, '')
    .replace(/^@/, '');
  // `Content_2.csv`: the 2 counts downloads, it names no one.
  if (/^\d{1,3}$/.test(handle) || !HANDLE.test(handle)) return null;
  return handle;
}

/**
 * The distinct accounts a set of names gives, a repeat download's `_2` folded into the handle it repeats
 * (`mira_2` is kept as a handle of its own unless `mira` is among the names too: `_` is a handle letter).
 */
export function distinctHandles(handles: readonly string[]): string[] {
  const lower = new Set(handles.map((h) => h.toLowerCase()));
  const out = new Map<string, string>();
  for (const h of handles) {
    const m = /^(.+)_\d{1,3}$/.exec(h);
    const folded = m && lower.has(m[1]!.toLowerCase()) ? m[1]! : h;
    if (!out.has(folded.toLowerCase())) out.set(folded.toLowerCase(), folded);
  }
  return [...out.values()];
}
