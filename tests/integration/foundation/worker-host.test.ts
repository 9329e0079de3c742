// The service in a worker thread, as the app runs it: same dispatch, database opened in the worker.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServiceWorker } from '../../../src/main/service/worker-host';
import type { BridgeEvent } from '../../../src/shared/bridge';
import { tempDir } from '../../helpers/temp';
import { FOLLOWSCOPE_APPLICATION_ID } from '../../../src/main/db/identify';

// The app loads the worker electron-vite built; under Node the TypeScript source runs through a tsx bootstrap.
const BOOTSTRAP = path.resolve(import.meta.dirname, '../../helpers/tsx-worker.mjs');
const ENTRY = path.resolve(import.meta.dirname, '../../../src/main/service/worker.ts');
const worker = { workerPath: BOOTSTRAP, argv: [ENTRY] };

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('service worker thread', () => {
  it('serves calls from a worker thread and closes cleanly', async () => {
    const events: BridgeEvent[] = [];
    const dbPath = path.join(dir, 'w.db');
    const service = startServiceWorker({
      ...worker,
      dbPath,
      resourcesDir: dir,
      onEvent: (e) => events.push(e),
    });
    await service.ready;
    const info = await service.dispatch('appInfo', {});
    expect(info).toMatchObject({ ok: true, value: { serviceHost: 'worker', databasePath: dbPath } });
    expect(await service.dispatch('nope', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    // Calls made together are all answered, each with its own result.
    const many = await Promise.all([
      service.dispatch('listAccounts', {}),
      service.dispatch('appInfo', {}),
      service.dispatch('listAccounts', {}),
    ]);
    expect(many.map((r) => r.ok)).toEqual([true, true, true]);
    await service.close();
    expect(fs.existsSync(dbPath)).toBe(true);
    expect(await service.dispatch('appInfo', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('reports a database from a newer version as a clear error on every call', async () => {
    const dbPath = path.join(dir, 'future.db');
    const raw = new Database(dbPath);
    raw.pragma('user_version = 999');
    raw.pragma(`application_id = ${FOLLOWSCOPE_APPLICATION_ID}`); // a newer Followscope marks it too
    raw.close();
    const service = startServiceWorker({ ...worker, dbPath, resourcesDir: dir, onEvent: () => {} });
    await expect(service.ready).rejects.toThrow(/newer Followscope/);
    expect(await service.dispatch('appInfo', {})).toMatchObject({ ok: false, error: { code: 'DB_TOO_NEW' } });
    await service.close();
  });
});
