// A generated creator for the engagement tests: a few account exports of one simulated history plus
// TikTok Studio downloads, imported through the real service into a real SQLite file. The models stay
// at hand as the truth the analytics are compared with.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallName, CallResult, CallInput } from '../../../src/shared/contract';
import type { ImportReport } from '../../../src/shared/domain';
import { createService, type Service } from '../../../src/main/service/service';
import { generateHistory, type HistoryModel } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { generateStudio, type StudioModel, type StudioOptions } from '../../fixtures/studio/model';
import { writeStudioDownloads, type StudioWriteOptions } from '../../fixtures/studio/downloads';

export const HANDLE = 'mira.makes';

export interface World {
  dir: string;
  service: Service;
  history: HistoryModel;
  accountId: number;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>>;
  importPaths(paths: string[], extra?: { exportedAt?: string }): Promise<ImportReport[]>;
  writeStudio(
    options: Omit<StudioOptions, 'handle'>,
    write: StudioWriteOptions,
    sub: string,
  ): { model: StudioModel; paths: string[] };
  close(): void;
}

export async function createWorld(options: {
  seed: number;
  snapshots?: number;
  months?: number;
}): Promise<World> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-engagement-'));
  const service = createService({ dbPath: path.join(dir, 'test.db'), resourcesDir: dir, host: 'in-process' });
  const history = generateHistory({
    seed: options.seed,
    username: HANDLE,
    startFollowers: 400,
    followingCount: 120,
    snapshots: options.snapshots ?? 3,
    months: options.months ?? 4,
    postsPerMonth: 10,
  });
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
    const result = await service.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value as CallResult<K>;
  };
  let job = 0;
  const importPaths = (paths: string[], extra: { exportedAt?: string } = {}) =>
    call('importPaths', { jobId: `t${++job}`, paths, account: HANDLE, ...extra });

  // Each export is imported with the time it was taken (as the user would confirm it), so snapshot
  // times equal the model's.
  let accountId = 0;
  for (const s of history.snapshots) {
    const file = writeAccountExport(
      history,
      s.index,
      { layout: 'B', container: 'zip' },
      path.join(dir, `export-${s.index}.zip`),
    );
    const [report] = await importPaths([file.path], { exportedAt: new Date(s.takenAtMs).toISOString() });
    accountId = report!.accountId;
  }
  return {
    dir,
    service,
    history,
    accountId,
    call,
    importPaths,
    writeStudio: (studioOptions, write, sub) => {
      const model = generateStudio({ handle: HANDLE, ...studioOptions });
      return { model, paths: writeStudioDownloads(model, write, path.join(dir, sub)) };
    },
    close: () => {
      service.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
