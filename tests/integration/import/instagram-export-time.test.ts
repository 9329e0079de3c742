// An Instagram export says when it was made: its ZIP (and the folder unzipping makes of it) is named
// `instagram-<user>-<YYYY-MM-DD>-<hash>`, and its entries carry that day's hour. The snapshot is dated
// from that, not from its newest follow (often days earlier); a follow dated after the export is damage
// and keeps no date. Real generated exports through the real service into a real database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { instagramExportName, writeInstagramExport } from '../../fixtures/instagram/export';
import { startService } from './service-helpers';

const model = generateHistory({
  seed: 31,
  username: 'dated.creator',
  startFollowers: 120,
  followingCount: 60,
  snapshots: 1,
  months: 1,
});
const snap = model.snapshots[0]!;
const exportedAt = new Date(snap.takenAtMs).toISOString();
const newestFollow = Math.max(...snap.followers.concat(snap.following).map((r) => r.followedAtMs));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-ig-time-'));
  dirs.push(dir);
  return dir;
}

describe("an Instagram snapshot's date", () => {
  it('comes from the export: the day its ZIP is named after, at the hour of its entries', async () => {
    // The generator's newest follow is hours before the export: dating by it would be wrong.
    expect(snap.takenAtMs - newestFollow).toBeGreaterThan(60_000);
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const file = path.join(dir, instagramExportName(model, 0));
    writeInstagramExport(model, 0, { shape: '2026', format: 'json', container: 'zip' }, file);
    const [report] = await svc.call('importPaths', { jobId: 'a', paths: [file] });
    expect(report!.takenAt).toBe(exportedAt);
    expect(report!.takenAtSource).toBe('export time');
  });

  it('a renamed ZIP says nothing of its own: dated as before, by its newest follow', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const file = path.join(dir, 'my followers.zip');
    const { lists } = writeInstagramExport(
      model,
      0,
      { shape: '2026', format: 'json', container: 'zip' },
      file,
    );
    const newest = Math.max(
      ...Object.values(lists).flatMap((v) => (Array.isArray(v) ? v.map((r) => r.followedAtMs) : [])),
    );
    const [report] = await svc.call('importPaths', { jobId: 'a', paths: [file] });
    expect(report!.takenAt).toBe(new Date(newest).toISOString());
    expect(report!.takenAtSource).toBe('newest record');
  });

  it('a follow dated after the export keeps no date and moves nothing', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const folder = path.join(dir, instagramExportName(model, 0).replace(/\.zip$/, ''));
    writeInstagramExport(model, 0, { shape: '2025', format: 'json', container: 'folder' }, folder);
    const file = path.join(folder, 'connections/followers_and_following/followers_1.json');
    const records = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      string_list_data: { timestamp: number }[];
    }[];
    // Ten days after the export: still in the past for the importer's clock, so only the export bounds it.
    records[0]!.string_list_data[0]!.timestamp = Math.floor((snap.takenAtMs + 10 * 86_400_000) / 1000);
    fs.writeFileSync(file, JSON.stringify(records));
    fs.utimesSync(file, new Date(snap.takenAtMs), new Date(snap.takenAtMs));
    const [report] = await svc.call('importPaths', { jobId: 'a', paths: [folder] });
    expect(report!.takenAt).toBe(exportedAt);
    expect(report!.warnings.join('\n')).toMatch(/1 date after the export read as "no date" \(followers 1\)/);
    expect(report!.sections.find((s) => s.section === 'followers')?.noDate).toBe(1);
  });
});
