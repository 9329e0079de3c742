// The product's one time zone: stored in Settings (migration 009), read by the Engagement call and
// the tips through the real service, overridden by the CLI's --tz, refused in one line when unknown.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestions } from '../../../src/main/advice/suggestions';
import { closeDatabase, openDatabase } from '../../../src/main/db/open';
import { createService, type Service } from '../../../src/main/service/service';
import { daysAgo, seedAccount, seedSnapshot, tempDb } from './seed';

let dbPath: string;
let service: Service;
let accountId: number;

// Posts on three Mondays at 19:10 UTC (Tuesday 04:10 in Tokyo) do far better than the rest.
const strong = [7, 14, 21].map((d) => ({
  postedAt: Date.parse('2026-06-01T19:10:00Z') - d * 86_400_000,
  title: 'strong',
  likes: 900,
}));
const plain = Array.from({ length: 12 }, (_, i) => ({
  postedAt: Date.parse('2026-06-01T12:00:00Z') - (2 + i * 3) * 86_400_000,
  title: `plain ${i}`,
  likes: 100,
}));

beforeEach(() => {
  dbPath = tempDb();
  const db = openDatabase(dbPath);
  accountId = seedAccount(db, 'creator');
  seedSnapshot(db, accountId, {
    takenAt: daysAgo(60),
    followers: [
      ['old_mutual', daysAgo(200)],
      ['fan', daysAgo(100)],
    ],
    following: [['old_mutual', daysAgo(210)]],
  });
  seedSnapshot(db, accountId, {
    takenAt: daysAgo(0),
    followers: [
      ['old_mutual', daysAgo(200)],
      ['fan', daysAgo(100)],
    ],
    following: [],
    posts: [...strong, ...plain],
  });
  closeDatabase(db);
  service = createService({
    dbPath,
    resourcesDir: path.join(path.dirname(dbPath), 'res'),
    host: 'in-process',
  });
});
afterEach(() => service.close());

const call = async (name: string, input: unknown) => {
  const r = await service.dispatch(name as never, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as never;
};

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--db', dbPath], {
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('one time zone', () => {
  it('follows the system until a zone is chosen, then every call uses it', async () => {
    const system = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(await call('timeZoneSetting', {})).toEqual({ timeZone: system, chosen: null, system });
    await call('setTimeZone', { timeZone: 'Asia/Tokyo' });
    const best = (await call('bestTimeToPost', { accountId })) as { timeZone: string; windows: unknown[] };
    expect(best.timeZone).toBe('Asia/Tokyo');
    const tips = (await call('tips', { accountId })) as {
      timeZone: string;
      tips: { id: string; title: string }[];
    };
    expect(tips.timeZone).toBe('Asia/Tokyo');
    expect(tips.tips.find((t) => t.id === 'best-time')?.title).toBe(
      'Post on Tuesday 03:00–05:00 (Asia/Tokyo)',
    );
    // A call may still ask for another zone; null goes back to the system's.
    const utc = (await call('tips', { accountId, timeZone: 'UTC' })) as {
      tips: { id: string; title: string }[];
    };
    expect(utc.tips.find((t) => t.id === 'best-time')?.title).toBe('Post on Monday 18:00–20:00 (UTC)');
    expect(await call('setTimeZone', { timeZone: null })).toMatchObject({ chosen: null, timeZone: system });
  });

  it('refuses an unknown zone with one clear line and keeps the setting', async () => {
    await call('setTimeZone', { timeZone: 'Europe/Berlin' });
    const r = await service.dispatch('setTimeZone', { timeZone: 'Mars/Olympus' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message:
          'Unknown time zone "Mars/Olympus": give an IANA name such as Europe/Berlin or an offset such as +05:30',
      },
    });
    expect(await call('timeZoneSetting', {})).toMatchObject({ chosen: 'Europe/Berlin' });
  });

  it('the CLI: --tz wins, else the Settings zone; a bad --tz fails in one line', async () => {
    await call('setTimeZone', { timeZone: 'Europe/Berlin' });
    service.close();
    const fromSetting = JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'tips', '--json', '--db', dbPath],
        { encoding: 'utf8' },
      ),
    ) as { timeZone: string };
    expect(fromSetting.timeZone).toBe('Europe/Berlin');
    const tokyo = cli('tips', '--tz', 'Asia/Tokyo', '--json');
    expect(tokyo.status).toBe(0);
    const parsed = JSON.parse(tokyo.stdout) as { timeZone: string; tips: { id: string; title: string }[] };
    expect(parsed.timeZone).toBe('Asia/Tokyo');
    expect(parsed.tips.find((t) => t.id === 'best-time')?.title).toContain('(Asia/Tokyo)');
    const bad = cli('tips', '--tz', 'Mars/Olympus', '--json');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'error: --tz: Unknown time zone "Mars/Olympus": give an IANA name such as Europe/Berlin or an offset such as +05:30\n',
    );
    service = createService({
      dbPath,
      resourcesDir: path.join(path.dirname(dbPath), 'res'),
      host: 'in-process',
    });
  });
});

describe('follow back signals from the database', () => {
  it('a fan who was a mutual in an earlier export says so and ranks above one who was not', () => {
    const db = openDatabase(dbPath);
    try {
      const r = suggestions(db, accountId, 'follow-back');
      expect(r.rows.map((x) => x.username)).toEqual(['old_mutual', 'fan']);
      expect(r.rows[0]!.reason).toMatch(
        /^You followed each other in the export of \d{4}-\d{2}-\d{2}; followed you 200 days before the export of/,
      );
      expect(r.rows[1]!.reason).toMatch(/^Followed you 100 days before the export of/);
      expect(r.rows[0]!.score).toBeGreaterThan(r.rows[1]!.score);
    } finally {
      closeDatabase(db);
    }
  });
});
