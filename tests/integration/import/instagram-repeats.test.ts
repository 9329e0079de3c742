// Instagram followers split over followers_1, _2, …: the reader hands each file's records to the writer
// as it reads them (nothing held per account), so an account written in two files (or twice in one) is
// merged by the writer: one row, its newest follow time, counted once.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { writeInstagramExport } from '../../fixtures/instagram/export';
import { freshDbPath, tempDir } from './helpers';
import { startService, type TestService } from './service-helpers';

const LISTS = 'connections/followers_and_following';
type Entry = { title: string; string_list_data: { href: string; timestamp: number }[] };

let dir: string;
let folder: string;
let svc: TestService;
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(folder, LISTS, file), 'utf8')) as Entry[];
const write = (file: string, entries: Entry[]) =>
  fs.writeFileSync(path.join(folder, LISTS, file), JSON.stringify(entries, null, 2));

beforeAll(() => {
  dir = tempDir();
  const model = generateHistory({
    seed: 41,
    username: 'repeat.tester',
    startFollowers: 300,
    followingCount: 90,
    snapshots: 1,
    months: 3,
  });
  folder = path.join(dir, 'instagram-repeat.tester');
  writeInstagramExport(
    model,
    0,
    { shape: '2026', format: 'json', container: 'folder', followersPerFile: 100 },
    folder,
  );
  svc = startService(freshDbPath());
});
afterAll(() => {
  svc.service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an Instagram account named in two split follower files', () => {
  it('is one follower with its newest time; the others are untouched', async () => {
    const first = read('followers_1.json');
    const third = read('followers_3.json');
    const distinct = first.length + read('followers_2.json').length + third.length;
    // followers_3 names two accounts of followers_1 again: one later (in other letter case), one earlier.
    const later = first[0]!;
    const earlier = first[1]!;
    const laterAt = later.string_list_data[0]!.timestamp + 86_400;
    write('followers_3.json', [
      ...third,
      {
        title: later.title.toUpperCase(),
        string_list_data: [{ href: later.string_list_data[0]!.href, timestamp: laterAt }],
      },
      {
        title: earlier.title,
        string_list_data: [
          { ...earlier.string_list_data[0]!, timestamp: earlier.string_list_data[0]!.timestamp - 86_400 },
        ],
      },
    ]);

    const [report] = await svc.call('importPaths', { jobId: 'repeats', paths: [folder] });
    expect(report!.counts.followers).toBe(distinct);
    const db = svc.service.context.db;
    const at = (name: string) =>
      db
        .prepare(
          `SELECT COUNT(*) AS n, MAX(f.followed_at) AS at FROM snapshot_followers f
             JOIN handles h ON h.id = f.handle_id
            WHERE f.snapshot_id = ? AND h.username = ?`,
        )
        .get(report!.snapshotId, name) as { n: number; at: number };
    expect(at(later.title)).toEqual({ n: 1, at: laterAt * 1000 });
    expect(at(earlier.title)).toEqual({ n: 1, at: earlier.string_list_data[0]!.timestamp * 1000 });
    const rows = db
      .prepare('SELECT COUNT(*) FROM snapshot_followers WHERE snapshot_id = ?')
      .pluck()
      .get(report!.snapshotId);
    expect(rows).toBe(distinct);
  });
});
