// Reads and writes the user's advice decisions (migration 004): settings, goal, dismissed rows,
// tip states, niche edits and tag rules. Small typed functions taking the database.
import type {
  AdviceSettings,
  FollowerGoal,
  SuggestionList,
  TagRule,
  TagRuleField,
} from '../../shared/domain/advice';
import type { Db } from '../db/open';

export const defaultSettings: AdviceSettings = {
  reviewAfterDays: 30,
  // TikTok's own limits sit far above this; a few dozen a day keeps an account clear of "unusual activity".
  dailyUnfollowCap: 50,
  nicheShareTarget: 0.6,
};

export function readSettings(db: Db, accountId: number): AdviceSettings {
  const rows = db.prepare('SELECT key, value FROM advice_settings WHERE account_id = ?').all(accountId) as {
    key: keyof AdviceSettings;
    value: number;
  }[];
  const settings = { ...defaultSettings };
  for (const r of rows) settings[r.key] = r.value;
  return settings;
}

export function writeSettings(db: Db, accountId: number, patch: Partial<AdviceSettings>): AdviceSettings {
  const upsert = db.prepare(
    `INSERT INTO advice_settings (account_id, key, value) VALUES (?, ?, ?)
     ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value`,
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (typeof value === 'number') upsert.run(accountId, key, value);
    }
  })();
  return readSettings(db, accountId);
}

export function readGoal(db: Db, accountId: number): FollowerGoal | null {
  const row = db.prepare('SELECT target, deadline FROM advice_goals WHERE account_id = ?').get(accountId) as
    { target: number; deadline: string | null } | undefined;
  return row ? { target: row.target, deadline: row.deadline } : null;
}

export function writeGoal(db: Db, accountId: number, goal: FollowerGoal | null, now = Date.now()): void {
  if (!goal) {
    db.prepare('DELETE FROM advice_goals WHERE account_id = ?').run(accountId);
    return;
  }
  db.prepare(
    `INSERT INTO advice_goals (account_id, target, deadline, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id) DO UPDATE SET target = excluded.target, deadline = excluded.deadline,
       updated_at = excluded.updated_at`,
  ).run(accountId, goal.target, goal.deadline, now);
}

export function dismissedUsernames(db: Db, accountId: number, list: SuggestionList): Set<string> {
  const names = db
    .prepare('SELECT lower(username) FROM advice_dismissed_rows WHERE account_id = ? AND list = ?')
    .pluck()
    .all(accountId, list) as string[];
  return new Set(names);
}

export function setRowsDismissed(
  db: Db,
  accountId: number,
  list: SuggestionList,
  usernames: readonly string[],
  dismissed: boolean,
  now = Date.now(),
): void {
  const add = db.prepare(
    'INSERT OR IGNORE INTO advice_dismissed_rows (account_id, list, username, dismissed_at) VALUES (?, ?, ?, ?)',
  );
  const remove = db.prepare(
    'DELETE FROM advice_dismissed_rows WHERE account_id = ? AND list = ? AND username = ?',
  );
  db.transaction(() => {
    for (const u of usernames) {
      if (dismissed) add.run(accountId, list, u, now);
      else remove.run(accountId, list, u);
    }
  })();
}

export interface TipStateRow {
  tipId: string;
  state: 'dismissed' | 'snoozed';
  until: number | null;
}

export function readTipStates(db: Db, accountId: number): Map<string, TipStateRow> {
  const rows = db
    .prepare('SELECT tip_id AS tipId, state, until FROM advice_tip_state WHERE account_id = ?')
    .all(accountId) as TipStateRow[];
  return new Map(rows.map((r) => [r.tipId, r]));
}

export function writeTipState(
  db: Db,
  accountId: number,
  tipId: string,
  state: 'active' | 'dismissed' | 'snoozed',
  until: number | null,
  now = Date.now(),
): void {
  if (state === 'active') {
    db.prepare('DELETE FROM advice_tip_state WHERE account_id = ? AND tip_id = ?').run(accountId, tipId);
    return;
  }
  db.prepare(
    `INSERT INTO advice_tip_state (account_id, tip_id, state, until, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, tip_id) DO UPDATE SET state = excluded.state, until = excluded.until,
       updated_at = excluded.updated_at`,
  ).run(accountId, tipId, state, state === 'snoozed' ? until : null, now);
}

export type NicheEditState = 'added' | 'removed' | 'pinned';

export function readNicheEdits(db: Db, accountId: number): Map<string, NicheEditState> {
  const rows = db
    .prepare('SELECT term, state FROM advice_niche_edits WHERE account_id = ?')
    .all(accountId) as {
    term: string;
    state: NicheEditState;
  }[];
  return new Map(rows.map((r) => [r.term.toLowerCase(), r.state]));
}

export function writeNicheEdit(
  db: Db,
  accountId: number,
  term: string,
  state: NicheEditState | null,
  now = Date.now(),
): void {
  if (state === null) {
    db.prepare('DELETE FROM advice_niche_edits WHERE account_id = ? AND term = ?').run(accountId, term);
    return;
  }
  db.prepare(
    `INSERT INTO advice_niche_edits (account_id, term, state, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, term) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  ).run(accountId, term, state, now);
}

export function listTagRules(db: Db, accountId: number): TagRule[] {
  return db
    .prepare(
      'SELECT id, tag, field, contains FROM advice_tag_rules WHERE account_id = ? ORDER BY tag, contains',
    )
    .all(accountId) as TagRule[];
}

export function addTagRule(
  db: Db,
  accountId: number,
  tag: string,
  field: TagRuleField,
  contains: string,
  now = Date.now(),
): void {
  db.prepare(
    `INSERT OR IGNORE INTO advice_tag_rules (account_id, tag, field, contains, created_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(accountId, tag, field, contains, now);
}

export function deleteTagRule(db: Db, accountId: number, ruleId: number): boolean {
  return (
    db.prepare('DELETE FROM advice_tag_rules WHERE account_id = ? AND id = ?').run(accountId, ruleId)
      .changes > 0
  );
}
