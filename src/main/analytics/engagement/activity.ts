// "Your activity": what the creator did on the platform (likes given, favorites, comments, shares,
// videos watched, searches) per day and per week. Exports overlap and each keeps only a window of
// history (watch history is often cut to recent months), so for every day and kind the count comes from
// the newest export that covers that day: one whose records of that kind reach back to it or earlier and
// that was taken on it or later. A covered day without records counts as 0.
import {
  ACTIVITY_KINDS,
  type ActivityCounts,
  type ActivityDay,
  type ActivityKind,
  type YourActivity,
} from '../../../shared/domain';
import type { Db } from '../../db/open';
import { wholeWeekSums } from '../../../shared/weeks';
import { addDays } from './stats';

interface Row {
  kind: ActivityKind;
  day: string;
  count: number;
}

function zeros(): ActivityCounts {
  return Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as ActivityCounts;
}

export function yourActivity(db: Db, accountId: number): YourActivity {
  const cover = db
    .prepare(
      `SELECT MIN(a.day) AS first, MAX(date(s.taken_at / 1000, 'unixepoch')) AS last
         FROM snapshot_activity a JOIN snapshots s ON s.id = a.snapshot_id
        WHERE s.account_id = ? AND s.kind = 'account-export'`,
    )
    .get(accountId) as { first: string | null; last: string | null };
  const rows = db
    .prepare(
      `WITH cover AS (
         SELECT a.snapshot_id, a.kind, s.taken_at, MIN(a.day) AS first_day,
                date(s.taken_at / 1000, 'unixepoch') AS last_day
           FROM snapshot_activity a JOIN snapshots s ON s.id = a.snapshot_id
          WHERE s.account_id = ? AND s.kind = 'account-export'
          GROUP BY a.snapshot_id, a.kind),
       days AS (SELECT DISTINCT a.kind, a.day FROM snapshot_activity a
                  JOIN cover c ON c.snapshot_id = a.snapshot_id AND c.kind = a.kind),
       pick AS (SELECT d.kind, d.day,
                       (SELECT c.snapshot_id FROM cover c
                         WHERE c.kind = d.kind AND d.day BETWEEN c.first_day AND c.last_day
                         ORDER BY c.taken_at DESC, c.snapshot_id DESC LIMIT 1) AS sid
                  FROM days d)
       SELECT p.kind, p.day, COALESCE(a.count, 0) AS count
         FROM pick p LEFT JOIN snapshot_activity a ON a.snapshot_id = p.sid AND a.kind = p.kind AND a.day = p.day
        ORDER BY p.day`,
    )
    .all(accountId) as Row[];
  if (!cover.first || !cover.last) return { days: [], weeks: [], totals: zeros() };

  const byDay = new Map<string, ActivityDay>();
  const last = cover.last > cover.first ? cover.last : cover.first;
  for (let day = cover.first; day <= last; day = addDays(day, 1)) byDay.set(day, { day, ...zeros() });
  const totals = zeros();
  for (const r of rows) {
    const d = byDay.get(r.day);
    if (!d) continue; // a record dated after its own export (clock skew): outside every cover
    d[r.kind] += r.count;
    totals[r.kind] += r.count;
  }
  const days = [...byDay.values()];
  // Whole weeks only (as cadence's): the first covered day rarely is a Monday, and the newest export's
  // day is cut short by the export itself, so it counts toward no week.
  const { weeks } = wholeWeekSums(
    days.filter((d) => d.day < last),
    ACTIVITY_KINDS,
  );
  return { days, weeks, totals };
}
