// Suggestion lists on a hand-written history where every right answer is known by construction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectMetrics } from '../../../src/main/advice/collect-metrics';
import { addTagRule, setRowsDismissed, writeSettings } from '../../../src/main/advice/store';
import { suggestions, suggestionsCsv } from '../../../src/main/advice/suggestions';
import { audienceFacts } from '../../../src/main/analytics/audience-facts';
import { deleteSnapshot } from '../../../src/main/db/queries/snapshots';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { daysAgo, seedAccount, seedSnapshot, tempDb, type SeedSnapshot } from './seed';

let db: Db;
let accountId: number;

// Three exports, 60 and 30 days ago and today.
// Followers today: fan_msg_old (followed 50d ago, 3 messages), fan_msg_new (10d, 1 message), fan_recent (2d),
// fan_old (200d), fan_blocked (5d, blocked), mutual_a (mutual). Following today: mutual_a, pil_one..pil_four
// (pilates rule), old_nofb (followed 120d, never back), mid_nofb (45d), young_nofb (10d), was_back (90d,
// followed back 60d ago then left), keep_me (100d, kept), blocked_fol (100d, blocked), lost_mutual (mutual
// in the first export, left).
function exports(): SeedSnapshot[] {
  const first: SeedSnapshot = {
    takenAt: daysAgo(60),
    followers: [
      ['was_back', daysAgo(70)],
      ['lost_mutual', daysAgo(300)],
      ['mutual_a', daysAgo(400)],
      ['fan_old', daysAgo(200)],
      ['pil_one', daysAgo(100)],
    ],
    following: [
      ['was_back', daysAgo(90)],
      ['lost_mutual', daysAgo(300)],
      ['mutual_a', daysAgo(400)],
      ['old_nofb', daysAgo(120)],
      ['keep_me', daysAgo(100)],
      ['blocked_fol', daysAgo(100)],
      ['pil_one', daysAgo(110)],
    ],
  };
  const second: SeedSnapshot = {
    takenAt: daysAgo(30),
    followers: [
      ['mutual_a', daysAgo(400)],
      ['fan_old', daysAgo(200)],
      ['fan_msg_old', daysAgo(50)],
      ['pil_one', daysAgo(100)],
    ],
    following: [
      ['was_back', daysAgo(90)],
      ['lost_mutual', daysAgo(300)],
      ['mutual_a', daysAgo(400)],
      ['old_nofb', daysAgo(120)],
      ['keep_me', daysAgo(100)],
      ['blocked_fol', daysAgo(100)],
      ['mid_nofb', daysAgo(45)],
      ['pil_one', daysAgo(110)],
      ['pil_two', daysAgo(40)],
    ],
  };
  const third: SeedSnapshot = {
    takenAt: daysAgo(0),
    followers: [
      ['mutual_a', daysAgo(400)],
      ['fan_old', daysAgo(200)],
      ['fan_msg_old', daysAgo(50)],
      ['fan_msg_new', daysAgo(10)],
      ['fan_recent', daysAgo(2)],
      ['fan_blocked', daysAgo(5)],
      ['pil_one', daysAgo(100)],
      ['pil_two', daysAgo(35)],
      ['pilates_fan', daysAgo(3)],
    ],
    following: [
      ['was_back', daysAgo(90)],
      ['lost_mutual', daysAgo(300)],
      ['mutual_a', daysAgo(400)],
      ['old_nofb', daysAgo(120)],
      ['keep_me', daysAgo(100)],
      ['blocked_fol', daysAgo(100)],
      ['mid_nofb', daysAgo(45)],
      ['young_nofb', daysAgo(10)],
      ['pil_one', daysAgo(110)],
      ['pil_two', daysAgo(40)],
      ['pil_three', daysAgo(40)],
      ['pil_four', daysAgo(40)],
    ],
    blocked: ['fan_blocked', 'blocked_fol'],
    messages: [
      ['fan_msg_old', 3, daysAgo(20)],
      ['fan_msg_new', 1, daysAgo(4)],
      ['mutual_a', 9, daysAgo(1)],
    ],
  };
  return [first, second, third];
}

beforeEach(() => {
  db = openDatabase(tempDb());
  accountId = seedAccount(db, 'creator');
  for (const s of exports()) seedSnapshot(db, accountId, s);
  db.prepare(
    "INSERT INTO audience_notes (account_id, username, keep, note, updated_at) VALUES (?, 'keep_me', 1, '', 0)",
  ).run(accountId);
});
afterEach(() => closeDatabase(db));

const names = (list: { username: string }[]) => list.map((r) => r.username);

describe('follow back', () => {
  it('lists fans not followed back, messaging ones first, then by recency; never blocked accounts', () => {
    const r = suggestions(db, accountId, 'follow-back');
    // fan_msg_new: 40 + 1 message + 25·0.5^(10/30) = 60.8; fan_msg_old: 40 + 3 + 25·0.5^(50/30) = 50.9;
    // then the silent fans by recency: 2, 3 and 200 days.
    expect(names(r.rows)).toEqual(['fan_msg_new', 'fan_msg_old', 'fan_recent', 'pilates_fan', 'fan_old']);
    expect(r.rows[0]!.score).toBeCloseTo(41 + 25 * Math.pow(0.5, 10 / 30), 1);
    expect(r.rows[1]!.score).toBeCloseTo(43 + 25 * Math.pow(0.5, 50 / 30), 1);
    expect(r.rows[1]!.reason).toMatch(
      /^Exchanged 3 messages with you.*; followed you 50 days before the export of \d{4}-\d{2}-\d{2}/,
    );
    // Each row's reason names its own evidence: no two rows share one.
    expect(new Set(r.rows.map((x) => x.reason)).size).toBe(r.rows.length);
    expect(new Set(r.rows.map((x) => x.score)).size).toBe(r.rows.length);
    expect(r.total).toBe(5);
  });
  it('matches the metrics the tips use', () => {
    const m = collectMetrics(db, accountId)!;
    // The fact counts every fan the export lists (fan_blocked included); the list leaves blocked out.
    expect(m.fansNotFollowedBack).toBe(audienceFacts(db, accountId).fansNotFollowedBack.value);
    expect(m.fansNotFollowedBack! - 1).toBe(suggestions(db, accountId, 'follow-back').total);
    expect(m.fansNotFollowedBackWithMessages).toBe(2);
  });
});

describe('review', () => {
  it('lists follows older than N days that never followed back, oldest first, without keep/blocked', () => {
    const r = suggestions(db, accountId, 'review');
    // was_back followed back once (excluded); keep_me kept; blocked_fol blocked; young_nofb is 10 days old.
    expect(names(r.rows)).toEqual(['old_nofb', 'mid_nofb', 'pil_four', 'pil_three']);
    // 60·days/365 for the wait + 25 without a niche tag + 15 without messages.
    expect(r.rows.map((x) => x.score)).toEqual([59.7, 47.4, 46.6, 46.6]);
    expect(r.rows[0]!.reason).toMatch(
      /^Followed 120 days before the export of \d{4}-\d{2}-\d{2} \(since \d{4}-\d{2}-\d{2}\), never followed back; no niche tag applies; no messages$/,
    );
    expect(r.dailyCap).toBe(50);
    expect(r.notes.join(' ')).toMatch(/at most 50 a day/);
    expect(collectMetrics(db, accountId)!.notFollowingBackOlderThanReview).toBe(4);
  });
  it('honours the configured window and cap', () => {
    writeSettings(db, accountId, { reviewAfterDays: 60, dailyUnfollowCap: 2 });
    const r = suggestions(db, accountId, 'review');
    expect(names(r.rows)).toEqual(['old_nofb']);
    expect(r.dailyCap).toBe(2);
  });
});

describe('reconnect', () => {
  it('lists former mutuals who left, those you still follow first', () => {
    const r = suggestions(db, accountId, 'reconnect');
    expect(names(r.rows).sort()).toEqual(['lost_mutual', 'was_back']);
    expect(r.rows.every((x) => x.reason.includes('you still follow them'))).toBe(true);
  });
});

describe('niche', () => {
  it('ranks tags by follow-back rate and suggests tagged accounts you do not follow', () => {
    addTagRule(db, accountId, 'pilates', 'username', 'pil');
    const r = suggestions(db, accountId, 'niche');
    const pil = r.tagRanking!.find((t) => t.tag === 'pilates')!;
    // Followed: pil_one..pil_four (4); following back: pil_one, pil_two; pilates_fan is not followed.
    expect(pil).toMatchObject({ following: 4, followBack: 2, followBackRate: 0.5 });
    // pil_one followed 110 days ago, followed back 100 days ago; pil_two 40 → 35: median 7.5 days.
    expect(pil.medianDaysToFollowBack).toBeCloseTo(7.5, 9);
    expect(names(r.rows)).toEqual(['pilates_fan']);
    expect(r.rows[0]!.score).toBe(70); // 50% + 20 for already following you
    expect(r.rows[0]!.tags).toEqual(['pilates']);
    const m = collectMetrics(db, accountId)!;
    expect(m.nicheShare).toBeCloseTo(4 / 12, 9);
  });
  it('reads tags set by hand in the audience tags table', () => {
    db.prepare("INSERT INTO audience_tags (account_id, username, tag) VALUES (?, 'fan_old', 'skincare')").run(
      accountId,
    );
    const r = suggestions(db, accountId, 'niche');
    expect(names(r.rows)).toContain('fan_old');
    expect(r.rows.find((x) => x.username === 'fan_old')!.tags).toEqual(['skincare']);
  });
});

describe('dismissed rows', () => {
  it('are hidden, counted, and survive deleting and re-importing the newest export', () => {
    setRowsDismissed(db, accountId, 'follow-back', ['fan_msg_new'], true);
    let r = suggestions(db, accountId, 'follow-back');
    expect(names(r.rows)).not.toContain('fan_msg_new');
    expect(r.dismissed).toBe(1);
    const latest = db.prepare('SELECT MAX(id) FROM snapshots').pluck().get() as number;
    deleteSnapshot(db, latest);
    seedSnapshot(db, accountId, exports()[2]!);
    r = suggestions(db, accountId, 'follow-back');
    expect(names(r.rows)).toEqual(['fan_msg_old', 'fan_recent', 'pilates_fan', 'fan_old']);
    setRowsDismissed(db, accountId, 'follow-back', ['FAN_MSG_NEW'], false);
    expect(names(suggestions(db, accountId, 'follow-back').rows)[0]).toBe('fan_msg_new');
  });
});

describe('a page of a list', () => {
  // Each list ranks every candidate but builds reason, evidence and tags only for the rows it returns:
  // a short page must be exactly the head of the whole list, with the same totals.
  it('is the head of the whole list, rows and totals alike, dismissed rows left out of both', () => {
    addTagRule(db, accountId, 'pilates', 'username', 'pil');
    const tag = db.prepare('INSERT INTO audience_tags (account_id, username, tag) VALUES (?, ?, ?)');
    tag.run(accountId, 'Old_NoFb', 'Dance');
    tag.run(accountId, 'fan_old', 'pilates');
    setRowsDismissed(db, accountId, 'follow-back', ['fan_recent'], true);
    setRowsDismissed(db, accountId, 'review', ['mid_nofb'], true);
    for (const list of ['follow-back', 'niche', 'review', 'reconnect'] as const) {
      const all = suggestions(db, accountId, list);
      expect(all.rows.length, list).toBeGreaterThan(1);
      const page = suggestions(db, accountId, list, 1);
      expect(page.rows, list).toEqual(all.rows.slice(0, 1));
      expect({ total: page.total, dismissed: page.dismissed, notes: page.notes }, list).toEqual({
        total: all.total,
        dismissed: all.dismissed,
        notes: all.notes,
      });
    }
  });
  it('shows a hand tag set under another spelling of the username, and scores it as niche', () => {
    writeSettings(db, accountId, { reviewAfterDays: 30 });
    const before = suggestions(db, accountId, 'review').rows.find((r) => r.username === 'old_nofb')!;
    db.prepare("INSERT INTO audience_tags (account_id, username, tag) VALUES (?, 'Old_NoFb', 'Dance')").run(
      accountId,
    );
    const after = suggestions(db, accountId, 'review').rows.find((r) => r.username === 'old_nofb')!;
    expect(before.tags).toEqual([]);
    expect(after.tags).toEqual(['dance']);
    expect(after.reason).toContain('in your niche (dance)');
    expect(before.score - after.score).toBe(25); // the "no niche tag applies" points are gone
  });
});

describe('csv', () => {
  it('has a header and one quoted line per row, formulas neutralized', () => {
    const csv = suggestionsCsv({
      list: 'review',
      rows: [
        {
          username: '=cmd',
          score: 3,
          reason: 'a "quoted" reason',
          evidence: [{ label: 'Days', value: 3 }],
          tags: ['x'],
        },
      ],
      total: 1,
      dismissed: 0,
      notes: [],
    });
    expect(csv).toBe(
      '"rank","username","score","reason","tags","evidence"\r\n"1","\'=cmd","3","a ""quoted"" reason","x","Days: 3"\r\n',
    );
  });
});
