// One Instagram JSON file: which list it holds and its entries, or the account's own username
// (personal_information.json, read for that field alone: e-mail, phone and birth date sit beside it).
import type { InstagramList } from './lists';
import { LIST_KEYS, listOfFileName } from './lists';

export type InstagramJson =
  | { kind: 'list'; list: InstagramList; items: unknown[] }
  | { kind: 'profile'; username: string | null }
  | { kind: 'other' };

function usernameOfPersonalInfo(profileUser: unknown): string | null {
  const first = Array.isArray(profileUser) ? profileUser[0] : profileUser;
  if (!first || typeof first !== 'object') return null;
  const map = (first as Record<string, unknown>).string_map_data;
  if (!map || typeof map !== 'object') return null;
  for (const [key, field] of Object.entries(map as Record<string, unknown>)) {
    if (key.trim().toLowerCase() !== 'username' || !field || typeof field !== 'object') continue;
    const v = (field as Record<string, unknown>).value;
    if (typeof v === 'string' && v.trim() && !/^(n\/a|none|null|undefined)$/i.test(v.trim()))
      return v.trim().replace(/^@/, '');
  }
  return null;
}

const isRecordLike = (o: Record<string, unknown>): boolean =>
  Array.isArray(o.string_list_data) || Array.isArray(o.label_values);

/** Classifies parsed JSON from the file `name`. */
export function classifyInstagramJson(doc: unknown, name: string): InstagramJson {
  const byName = listOfFileName(name);
  if (Array.isArray(doc)) {
    const looksRight = doc.length === 0 || doc.some((d) => d && typeof d === 'object' && isRecordLike(d));
    return byName && looksRight ? { kind: 'list', list: byName, items: doc } : { kind: 'other' };
  }
  if (!doc || typeof doc !== 'object') return { kind: 'other' };
  const obj = doc as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    const list = LIST_KEYS[key.toLowerCase()];
    if (list && Array.isArray(value)) return { kind: 'list', list, items: value };
  }
  if ('profile_user' in obj) return { kind: 'profile', username: usernameOfPersonalInfo(obj.profile_user) };
  // 2026 blocked_profiles.json can be one bare record.
  if (byName && isRecordLike(obj)) return { kind: 'list', list: byName, items: [obj] };
  return { kind: 'other' };
}

/** Cheap test on a file's first bytes: could this be an Instagram list or personal_information file? */
export function looksLikeInstagramJson(head: string): boolean {
  const s = head.trimStart();
  if (!s.startsWith('{') && !s.startsWith('[')) return false;
  return /"(?:relationships_[a-z_]+|string_list_data|label_values|profile_user)"\s*:/i.test(s);
}
