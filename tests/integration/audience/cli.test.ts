// Real exports, the real importer and the real CLI in a child process: list and summary against the truth,
// and keep/tags/notes surviving a later import.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../../src/main/service/service';
import type { Account } from '../../../src/shared/domain';
import {
  fansNotFollowedBack,
  generateHistory,
  mutuals,
  notFollowingBack,
  DAY_MS,
} from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const model = generateHistory({
  seed: 31,
  username: 'cli.audience',
  startFollowers: 600,
  followingCount: 150,
  snapshots: 3,
  months: 5,
  refollowChance: 0.5,
});
let dir: string;
let db: string;
let exports: string[];

async function cliLines(...args: string[]): Promise<unknown[]> {
  const { stdout } = await run(TSX, [path.join(ROOT, 'src/cli/main.ts'), ...args, '--db', db, '--json'], {
    cwd: ROOT,
  });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}
const cli = async (...args: string[]) => (await cliLines(...args)).at(-1);
const iso = (ms: number) => new Date(ms).toISOString();
const byName = <T extends { username: string }>(xs: T[]) =>
  [...xs].sort((a, b) => (a.username < b.username ? -1 : 1));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-audience-cli-'));
  db = path.join(dir, 'cli.db');
  exports = model.snapshots.map(
    (s) =>
      writeAccountExport(model, s.index, { layout: 'A', container: 'zip' }, path.join(dir, `e${s.index}.zip`))
        .path,
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('followscope list / summary', () => {
  it('lists exactly what the generator did, and keeps annotations across a later import', async () => {
    // The importer dates each export itself (newest record, ZIP entry time): the window is between those.
    const reports = (await cliLines('import', exports[0]!, exports[1]!)) as { takenAt: string }[];
    const s1 = model.snapshots[1]!;
    const lost = (await cli('list', 'unfollowers')) as {
      username: string;
      followedAt: string | null;
      windowFrom: string;
      windowTo: string;
    }[];
    expect(lost.length).toBeGreaterThan(0);
    expect(byName(lost).map((r) => [r.username, r.followedAt])).toEqual(
      byName(s1.truth.lost).map((r) => [r.username, iso(r.followedAtMs)]),
    );
    expect(lost[0]).toMatchObject({ windowFrom: reports[0]!.takenAt, windowTo: reports[1]!.takenAt });
    const back = new Set(s1.truth.refollowed.map((r) => r.username));
    const fresh = (await cli('list', 'new-followers')) as { username: string }[];
    expect(fresh.map((r) => r.username).sort()).toEqual(
      s1.truth.gained
        .filter((r) => !back.has(r.username))
        .map((r) => r.username)
        .sort(),
    );
    const refollows = (await cli('list', 'refollows')) as { username: string }[];
    expect(refollows.map((r) => r.username).sort()).toEqual([...back].sort());
    const mut = (await cli('list', 'mutuals')) as { username: string }[];
    expect(mut.map((r) => r.username).sort()).toEqual(mutuals(s1).sort());
    const nfb = (await cli('list', 'not-following-back')) as { username: string; outstandingDays: number }[];
    expect(nfb.map((r) => r.username).sort()).toEqual(notFollowingBack(s1).sort());

    const summary = (await cli('summary')) as { followBackRate: number; newFollowers30d: number };
    expect(summary.followBackRate).toBeCloseTo(mutuals(s1).length / s1.following.length, 12);
    expect(summary.newFollowers30d).toBe(
      s1.followers.filter((f) => f.followedAtMs >= Date.parse(reports[1]!.takenAt) - 30 * DAY_MS).length,
    );

    // Annotate a fan who is still a fan at the next export, then import that export.
    const s2 = model.snapshots[2]!;
    const stillFan = fansNotFollowedBack(s2).find((u) => fansNotFollowedBack(s1).includes(u))!;
    const service = createService({ dbPath: db, resourcesDir: dir, host: 'in-process' });
    try {
      const accounts = await service.dispatch('listAccounts', {});
      if (!accounts.ok) throw new Error(accounts.error.message);
      const accountId = (accounts.value as Account[])[0]!.id;
      for (const [name, input] of [
        ['setKeep', { accountId, usernames: [stillFan], keep: true }],
        ['addTags', { accountId, usernames: [stillFan], tags: ['collab'] }],
        ['setNote', { accountId, username: stillFan, note: 'asked about a duet' }],
      ] as const) {
        const r = await service.dispatch(name, input as never);
        expect(r.ok).toBe(true);
      }
    } finally {
      service.close();
    }
    await cli('import', exports[2]!);
    const fans = (await cli('list', 'fans-not-followed-back')) as {
      username: string;
      keep: boolean;
      tags: string[];
      note: string;
    }[];
    expect(fans.map((r) => r.username).sort()).toEqual(fansNotFollowedBack(s2).sort());
    expect(fans.find((r) => r.username === stillFan)).toMatchObject({
      keep: true,
      tags: ['collab'],
      note: 'asked about a duet',
    });
    expect(fans.filter((r) => r.keep)).toHaveLength(1);
  }, 300_000);

  it('rejects an unknown list', async () => {
    await expect(cli('list', 'enemies')).rejects.toMatchObject({
      stderr: expect.stringMatching(/^error: list needs one of/),
    });
  });
});
