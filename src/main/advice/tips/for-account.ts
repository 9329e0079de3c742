// The Tips page's list for an account: rules over the newest snapshot's metrics, compared with the
// previous snapshot's to flag what is new, with the user's dismiss/snooze states applied.
import type { TipView } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { accountTimeline } from '../../analytics/timeline';
import { collectMetrics } from '../collect-metrics';
import { readTipStates } from '../store';
import { evaluateTips, viewTips } from './engine';

export function tipsForAccount(db: Db, accountId: number, now = Date.now()): TipView[] {
  const current = collectMetrics(db, accountId);
  if (!current) return [];
  const snaps = accountTimeline(db, accountId);
  const previousSnapshot = snaps.length >= 2 ? snaps[snaps.length - 2]! : null;
  const previous = previousSnapshot
    ? collectMetrics(db, accountId, { snapshotId: previousSnapshot.id })
    : null;
  // The previous metrics are judged at the time that export was the newest, so "stale data" does not
  // count as new just because the clock moved.
  const prevTips = previous ? evaluateTips(previous, { now: previous.asOf }) : null;
  return viewTips(evaluateTips(current, { now }), prevTips, readTipStates(db, accountId), now);
}
