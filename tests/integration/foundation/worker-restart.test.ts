// The service worker dying under the app: a real worker thread running the real service on a real SQLite
// file, ended mid-call. The call in flight must come back as an error (never hang), the worker must come
// back, and an import it was running must leave the database as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServiceWorker, type WorkerCrash } from '../../../src/main/service/worker-host';
import type { BridgeEvent } from '../../../src/shared/bridge';
import type { Account } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp';

const BOOTSTRAP = path.resolve(import.meta.dirname, '../../helpers/crashing-worker.mjs');
const ENTRY = path.resolve(import.meta.dirname, '../../../src/main/service/worker.ts');
const RESOURCES = path.resolve(import.meta.dirname, '../../../resources');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function crashingService(how: string, extra: { maxRestarts?: number } = {}) {
  const crashes: WorkerCrash[] = [];
  const events: BridgeEvent[] = [];
  const service = startServiceWorker({
    workerPath: BOOTSTRAP,
    argv: [ENTRY, how, path.join(dir, 'crashed.marker')],
    dbPath: path.join(dir, 'app.db'),
    resourcesDir: RESOURCES,
    onEvent: (event) => events.push(event),
    onCrash: (crash) => crashes.push(crash),
    ...extra,
  });
  return { service, crashes, events };
}

describe('service worker restart', () => {
  it('answers an import in flight with an error when the worker dies, restarts it, and keeps the database as it was', async () => {
    const { service, crashes } = crashingService('exit-on-progress');
    await service.ready;
    const started = Date.now();
    const result = await service.dispatch('loadDemoData', { jobId: 'demo-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toMatch(
      /stopped unexpectedly \(exit code 70\)\. It has been restarted/,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(crashes).toEqual([{ exitCode: 70, error: undefined, inFlight: 1, restarting: true }]);

    // The new worker answers, on the same database, which the dead import did not touch.
    expect(await service.dispatch('listAccounts', {})).toEqual({ ok: true, value: [] });
    const again = await service.dispatch('loadDemoData', { jobId: 'demo-2' });
    expect(again.ok).toBe(true);
    const accounts = await service.dispatch('listAccounts', {});
    expect(accounts.ok && (accounts.value as Account[]).map((a) => a.username)).toEqual(['mira.makes']);
    await service.close();
  });

  it('reports an uncaught error in the worker with its message and serves the next call', async () => {
    const { service, crashes, events } = crashingService('throw-on-call');
    await service.ready;
    const result = await service.dispatch('appInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toMatch(/injected crash in the service worker/);
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({ inFlight: 1, restarting: true });
    expect(crashes[0]!.error?.message).toBe('injected crash in the service worker');
    // The pages are told to read again once the worker is back.
    expect(events).toEqual([{ type: 'data-changed', accountId: null }]);
    const info = await service.dispatch('appInfo', {});
    expect(info).toMatchObject({ ok: true, value: { serviceHost: 'worker' } });
    await service.close();
  });

  it('gives up on a worker that dies at every start, and every call still gets an answer', async () => {
    let gaveUp!: () => void;
    const done = new Promise<void>((resolve) => (gaveUp = resolve));
    const crashes: WorkerCrash[] = [];
    const service = startServiceWorker({
      workerPath: BOOTSTRAP,
      argv: [ENTRY, 'exit-on-start', path.join(dir, 'crashed.marker')],
      dbPath: path.join(dir, 'app.db'),
      resourcesDir: RESOURCES,
      onEvent: () => {},
      maxRestarts: 2,
      onCrash: (crash) => {
        crashes.push(crash);
        if (!crash.restarting) gaveUp();
      },
    });
    await expect(service.ready).rejects.toThrow(/exit code 70/);
    await done;
    expect(crashes.map((c) => c.restarting)).toEqual([true, true, false]);
    expect(await service.dispatch('appInfo', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/keeps stopping/) },
    });
    await service.close();
    expect(fs.existsSync(path.join(dir, 'app.db'))).toBe(false);
  });
});
