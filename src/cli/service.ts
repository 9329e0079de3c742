// The CLI runs the very service the app runs (in-process instead of in a worker) and talks to it only
// through dispatch, so it sees exactly what the app sees.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BridgeEvent } from '../shared/bridge';
import type { CallName, CallResult, CallInput } from '../shared/contract';
import { createService, type Service } from '../main/service/service';

/** A failure to report as `error: <message>` with exit code 1. */
export class CliError extends Error {}

const resourcesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');

export interface CliService {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>>;
  /** Closes the database; removes it again when this run created it and `discard` is set. */
  close(discard?: boolean): void;
}

export function openCliService(dbPath: string, onEvent?: (event: BridgeEvent) => void): CliService {
  const existed = fs.existsSync(dbPath);
  let service: Service;
  try {
    service = createService({ dbPath, resourcesDir, host: 'in-process', emit: onEvent });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  return {
    async call(name, input) {
      const result = await service.dispatch(name, input);
      if (!result.ok) throw new CliError(result.error.message);
      return result.value as CallResult<typeof name>;
    },
    close(discard = false) {
      service.close();
      if (discard && !existed)
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    },
  };
}
