// Dates the user types reach the service as typed and are read in the product's time zone (the one
// chosen in Settings), not the machine's: the export date of an import and a snapshot's re-date.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { freshDbPath, tempDir } from './helpers';
import { startService, type TestService } from './service-helpers';

let svc: TestService;
let file: string;

beforeAll(() => {
  const model = generateHistory({
    seed: 11,
    username: 'zone.tester',
    startFollowers: 50,
    followingCount: 20,
    snapshots: 1,
    months: 1,
  });
  file = path.join(tempDir(), 'export.zip');
  writeAccountExport(model, 0, { layout: 'B', container: 'zip' }, file);
  svc = startService(freshDbPath());
});
afterAll(() => svc.service.close());

describe('dates typed by the user', () => {
  it('dates an import at midnight of a plain date in the zone chosen in Settings', async () => {
    await svc.call('setTimeZone', { timeZone: 'Asia/Tokyo' });
    const [report] = await svc.call('importPaths', {
      jobId: 'tokyo',
      paths: [file],
      exportedAt: '2026-02-28',
    });
    expect(report!.takenAt).toBe('2026-02-27T15:00:00.000Z');
    expect(report!.takenAtSource).toBe('given');
  });

  it('re-dates a snapshot from a date, a date and time, or a zoned date-time, across daylight time', async () => {
    await svc.call('setTimeZone', { timeZone: 'America/Los_Angeles' });
    const [snapshot] = await svc.call('listSnapshots', {
      accountId: (await svc.call('listAccounts', {}))[0]!.id,
    });
    const redate = async (takenAt: string) =>
      (await svc.call('setSnapshotTime', { snapshotId: snapshot!.id, takenAt })).takenAt;
    expect(await redate('2026-03-07')).toBe('2026-03-07T08:00:00.000Z');
    expect(await redate('2026-03-09')).toBe('2026-03-09T07:00:00.000Z');
    expect(await redate('2026-03-09 18:30')).toBe('2026-03-10T01:30:00.000Z');
    expect(await redate('2026-03-09T18:30:00Z')).toBe('2026-03-09T18:30:00.000Z');
  });

  it('refuses what is not a real calendar date, naming the call', async () => {
    for (const takenAt of ['2026-02-30', 'yesterday', '2026-02-28 24:00']) {
      const error = await svc.fail('setSnapshotTime', { snapshotId: 1, takenAt });
      expect(error.code).toBe('BAD_INPUT');
      expect(error.message).toMatch(/^setSnapshotTime: takenAt: not a date/);
    }
    const error = await svc.fail('importPaths', { jobId: 'bad', paths: [file], exportedAt: '28.02.2026' });
    expect(error.code).toBe('BAD_INPUT');
  });
});
