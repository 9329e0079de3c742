// Username search through the trigram index: the same answers as a LIKE scan whatever the state of the
// index (empty, partly caught up, complete), for queries of any length, and after handles are deleted.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audienceList } from '../../../src/main/analytics/audience-lists';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import {
  firstFreeHandleId,
  handleCandidates,
  indexedTo,
  indexNextHandles,
  trigramQuery,
} from '../../../src/main/db/queries/handle-search';
import type { AudienceListKind, AudienceSortKey } from '../../../src/shared/domain';
import { fansNotFollowedBack, generateHistory, mutuals, type HistoryModel } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { tempDir } from '../import/helpers';
import { startService } from '../import/service-helpers';
import { loadHistory, tempDbPath } from './load-history';

const model: HistoryModel = generateHistory({
  seed: 77,
  username: 'search.test',
  startFollowers: 3000,
  followingCount: 400,
  snapshots: 2,
  months: 4,
});
let db: Db;
let accountId: number;

beforeAll(() => {
  db = openDatabase(tempDbPath());
  ({ accountId } = loadHistory(db, model));
});
afterAll(() => closeDatabase(db));

const last = model.snapshots.at(-1)!;
const fans = fansNotFollowedBack(last);
// A part of one fan's name long enough to be selective, one shared by many, and short ones.
const picked = fans[Math.floor(fans.length / 2)]!;
const queries = [
  picked.slice(1, 6).toUpperCase(),
  picked,
  fans[0]!.slice(0, 3),
  'a',
  '_',
  '%',
  'zz',
  'no such fan',
];

function search(list: AudienceListKind, q: string, key: AudienceSortKey = 'username') {
  return audienceList(db, accountId, {
    list,
    offset: 0,
    limit: 10_000,
    sort: { key, dir: key === 'username' ? 'asc' : 'desc' },
    search: q,
  });
}

function expectLikeAScan(): void {
  for (const q of queries) {
    const matching = fans.filter((u) => u.toLowerCase().includes(q.toLowerCase())).sort();
    const byName = search('fans-not-followed-back', q);
    expect(byName.total, q).toBe(matching.length);
    expect(
      byName.rows.map((r) => r.username),
      q,
    ).toEqual(matching);
    const byDate = search('fans-not-followed-back', q, 'followedAt');
    expect(byDate.rows.map((r) => r.username).sort(), q).toEqual(matching);
    const mutual = mutuals(last).filter((u) => u.toLowerCase().includes(q.toLowerCase()));
    expect(search('mutuals', q).total, q).toBe(mutual.length);
  }
}

describe('username search', () => {
  it('turns a query into its trigrams, none below three characters', () => {
    expect(trigramQuery('Fan_1')).toBe('"fan" AND "an_" AND "n_1"');
    expect(trigramQuery('a"b"')).toBe('"a""b" AND """b"""');
    expect(trigramQuery('ab')).toBeNull();
  });

  it('finds the same names before the index holds any handle (scan of the handles above its mark)', () => {
    expect(indexedTo(db)).toBe(0);
    expectLikeAScan();
  });

  it('finds the same names with the index partly caught up, then complete', () => {
    expect(indexNextHandles(db, 1000)).toBe(1000);
    expectLikeAScan();
    while (indexNextHandles(db, 1000) > 0);
    expect(indexedTo(db)).toBe(db.prepare('SELECT MAX(id) FROM handles').pluck().get());
    // A selective query is answered from the index; a one-character one has no trigram and scans.
    expect(handleCandidates(db, picked)).not.toBeNull();
    expect(handleCandidates(db, 'a')).toBeNull();
    expectLikeAScan();
  });
});

describe('username search after deletions (real imports)', () => {
  it('never gives a new handle an id the index has seen, even after the newest handles are deleted', async () => {
    const dir = tempDir();
    const files = [0, 1].map((i) => path.join(dir, `a-${i}.json`));
    files.forEach((f, i) => writeAccountExport(model, i, { layout: 'B', container: 'json' }, f));
    const other = generateHistory({
      seed: 78,
      username: 'other.test',
      startFollowers: 800,
      followingCount: 50,
      snapshots: 1,
      months: 2,
    });
    const otherFile = path.join(dir, 'b.json');
    writeAccountExport(other, 0, { layout: 'B', container: 'json' }, otherFile);
    const svc = startService(path.join(dir, 'test.db'));
    try {
      const reports = await svc.call('importPaths', { jobId: 'a', paths: files });
      const sdb = svc.service.context.db;
      while (indexNextHandles(sdb, 1000) > 0);
      const mark = indexedTo(sdb);
      // The newest handles go with the snapshot that alone refers to them; the next ones must not reuse
      // their ids, which the index still lists under the old names.
      await svc.call('deleteSnapshot', { snapshotId: reports[1]!.snapshotId! });
      expect(sdb.prepare('SELECT MAX(id) FROM handles').pluck().get()).toBeLessThan(mark);
      expect(firstFreeHandleId(sdb)).toBe(mark + 1);
      const [b] = await svc.call('importPaths', { jobId: 'b', paths: [otherFile] });
      const name = other.snapshots[0]!.followers.at(-1)!.username;
      const page = audienceList(sdb, b!.accountId, {
        list: 'fans-not-followed-back',
        offset: 0,
        limit: 10,
        sort: { key: 'username', dir: 'asc' },
        search: name,
      });
      expect(page.rows.map((r) => r.username)).toContain(name);
    } finally {
      svc.service.close();
    }
  });
});
