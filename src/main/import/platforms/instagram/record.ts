// One Instagram list entry in any of the three record shapes, as real exports carry them:
//   {title:"", string_list_data:[{href, value, timestamp}]}             followers, 2024-2025
//   {title:"<user>", string_list_data:[{href:".../_u/<user>", timestamp}]}  following, 2025-2026
//   {timestamp, label_values:[{label:"Username", value}], fbid}           2026 (labels are localized)
// Only the username and the time are read: nothing else of the entry is kept.
import type { AccountRecord } from '../../sink';

const NO_VALUE = new Set(['', 'n/a', 'none', 'null', 'undefined']);

function present(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return NO_VALUE.has(s.toLowerCase()) ? null : s;
}

/** "https://www.instagram.com/_u/name/?x" -> "name"; null when the URL has no profile path. */
export function usernameOfHref(href: unknown): string | null {
  const s = present(href);
  if (s === null) return null;
  const m = /^(?:https?:\/\/)?(?:www\.|m\.)?instagram\.com\/(?:_u\/)?([^/?#\s]+)/i.exec(s);
  return m ? decodeURIComponent(m[1]!) : null;
}

/** Epoch seconds (Instagram's unit) to ms; null for 0, negatives and non-numbers. */
function secondsToMs(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) * 1000 : null;
}

function fromLabelValues(item: Record<string, unknown>): string | null {
  const labels = item.label_values;
  if (!Array.isArray(labels)) return null;
  let fromUrl: string | null = null;
  let any: string | null = null;
  for (const l of labels as Array<Record<string, unknown>>) {
    if (!l || typeof l !== 'object') continue;
    const label = present(l.label)?.toLowerCase();
    const value = present(l.value);
    if (label === 'username' && value) return value.replace(/^@/, '');
    // Labels are localized: a value that is an Instagram URL names the account in any language.
    fromUrl ??= usernameOfHref(value) ?? usernameOfHref(l.href);
    if (label !== 'url' && label !== 'name' && value && /^[A-Za-z0-9._]{1,30}$/.test(value)) any ??= value;
  }
  return fromUrl ?? any;
}

/** The account and time of one entry, or null when the entry names no account. */
export function readInstagramRecord(raw: unknown): AccountRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const item = raw as Record<string, unknown>;
  const strings = Array.isArray(item.string_list_data)
    ? ((item.string_list_data as unknown[])[0] as Record<string, unknown> | undefined)
    : undefined;
  const data = strings && typeof strings === 'object' ? strings : {};
  const username =
    present(data.value) ??
    present(item.title) ??
    usernameOfHref(data.href) ??
    fromLabelValues(item) ??
    usernameOfHref(item.href);
  if (username === null) return null;
  return { username: username.replace(/^@/, ''), at: secondsToMs(data.timestamp ?? item.timestamp) };
}
