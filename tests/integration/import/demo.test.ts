// The bundled demo dataset loads through the service: six account exports as snapshots in date order,
// and the Studio downloads attached to the same account.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { freshDbPath } from './helpers';
import { repoRoot, startService } from './service-helpers';

interface Manifest {
  handle: string;
  files: { path: string; kind: string; takenAt: string }[];
}

it('loads the demo data, and deleting a snapshot takes it out', async () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'resources/demo/manifest.json'), 'utf8'),
  ) as Manifest;
  const svc = startService(freshDbPath());
  try {
    const reports = await svc.call('loadDemoData', { jobId: 'demo' });
    expect(reports).toHaveLength(manifest.files.length);
    const exports = manifest.files.filter((f) => f.kind === 'tiktok-account');
    const accountReports = reports.filter((r) => r.kind === 'account-export');
    expect(accountReports).toHaveLength(exports.length);
    expect(new Set(reports.map((r) => r.account))).toEqual(new Set([manifest.handle]));
    expect(reports.filter((r) => r.kind === 'studio').every((r) => r.snapshotId === null)).toBe(true);
    const accountId = accountReports[0]!.accountId;
    const snapshots = await svc.call('listSnapshots', { accountId });
    expect(snapshots.map((s) => s.takenAt)).toEqual(accountReports.map((r) => r.takenAt).sort());
    for (const r of accountReports) expect(r.duplicate).toBe(false);

    const again = await svc.call('loadDemoData', { jobId: 'demo-again' });
    expect(again.every((r) => r.duplicate)).toBe(true);

    svc.events.length = 0;
    expect(await svc.call('deleteSnapshot', { snapshotId: snapshots[0]!.id })).toEqual({ deleted: true });
    expect(svc.events).toContainEqual({ type: 'data-changed', accountId });
    const left = await svc.call('listSnapshots', { accountId });
    expect(left.map((s) => s.id)).toEqual(snapshots.slice(1).map((s) => s.id));
    expect(svc.service.context.db.pragma('foreign_key_check')).toEqual([]);
    const summary = await svc.call('summary', { accountId });
    expect(summary.snapshots).toBe(snapshots.length - 1);
  } finally {
    svc.service.close();
  }
});
