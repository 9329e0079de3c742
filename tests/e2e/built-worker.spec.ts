// The service's worker as `npm run build` ships it (out/main/chunks/worker-*.js, with zod, yauzl and
// csv-parse bundled into it), run by Node through the real host. The Electron app runs this very file;
// electron.spec.ts covers it only where an Electron binary exists, this everywhere.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServiceWorker } from '../../src/main/service/worker-host';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHUNKS = path.join(ROOT, 'out/main/chunks');

test('the built service worker validates input in words, and imports the demo (ZIPs, Studio CSVs)', async () => {
  const chunk = fs.readdirSync(CHUNKS).find((f) => /^worker-.*\.js$/.test(f));
  expect(chunk, 'npm run build writes the worker chunk').toBeDefined();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-built-worker-'));
  const worker = startServiceWorker({
    workerPath: path.join(CHUNKS, chunk!),
    dbPath: path.join(dir, 'followscope.db'),
    resourcesDir: path.join(ROOT, 'resources'),
    onEvent: () => {},
  });
  try {
    await worker.ready;
    expect(await worker.dispatch('listSnapshots', { accountId: -1 })).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'listSnapshots: accountId: Too small: expected number to be >0' },
    });
    const demo = await worker.dispatch('loadDemoData', { jobId: 'demo' });
    expect(demo.ok).toBe(true);
    const reports = (demo.ok ? demo.value : []) as { kind: string; duplicate: boolean }[];
    expect(new Set(reports.map((r) => r.kind))).toEqual(new Set(['account-export', 'studio']));
    expect(reports.every((r) => !r.duplicate)).toBe(true);
  } finally {
    await worker.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
