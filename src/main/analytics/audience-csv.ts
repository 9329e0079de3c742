// CSV text of a whole Audience list (what the table shows, every row). Every time in it is written in
// the product's time zone, with that zone's offset, so the file agrees with the app and stays exact.
import type { AudienceListKind } from '../../shared/domain';
import type { Db } from '../db/open';
import { audienceListAll, listWindow, type AudienceListQuery } from './audience-lists';
import { isoInZone } from './engagement/time-zone';
import { effectiveTimeZone } from './time-zone-setting';

/** Quotes a cell, and defuses spreadsheet formulas (a name or note starting with = + - @). */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const DAY = 86_400_000;

export function audienceCsv(
  db: Db,
  accountId: number,
  q: Omit<AudienceListQuery, 'offset' | 'limit'>,
): string {
  const window = listWindow(db, accountId, q);
  const zone = effectiveTimeZone(db);
  const time = (iso: string | null): string | null => {
    const ms = iso === null ? NaN : Date.parse(iso);
    return Number.isNaN(ms) ? iso : isoInZone(ms, zone);
  };
  const lines = [csvHeader(q.list)];
  for (const r of audienceListAll(db, accountId, q)) {
    const cells: (string | number | boolean | null)[] = [r.username, time(r.followedAt)];
    if (q.list === 'mutuals') cells.push(time(r.youFollowedAt));
    if (q.list === 'not-following-back')
      cells.push(r.outstandingMs === null ? null : Math.floor(r.outstandingMs / DAY));
    if (window) cells.push(time(window.from), time(window.to));
    cells.push(r.keep, r.tags.join(';'), r.note);
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';

  function csvHeader(list: AudienceListKind): string {
    const h = ['username', list === 'not-following-back' ? 'you_followed_at' : 'followed_at'];
    if (list === 'mutuals') h.push('you_followed_at');
    if (list === 'not-following-back') h.push('outstanding_days');
    if (window) h.push('window_from', 'window_to');
    h.push('keep', 'tags', 'note');
    return h.join(',');
  }
}
