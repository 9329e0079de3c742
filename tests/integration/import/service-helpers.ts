// A real service on a real database file, reached through dispatch like the app and the CLI.
import path from 'node:path';
import type { BridgeEvent } from '../../../src/shared/bridge';
import type { CallInput, CallName, CallResult } from '../../../src/shared/contract';
import { createService, type Service } from '../../../src/main/service/service';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export interface TestService {
  service: Service;
  events: BridgeEvent[];
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>>;
  /** The `{ ok: false }` error of a call that must fail. */
  fail<K extends CallName>(name: K, input: CallInput<K>): Promise<{ code: string; message: string }>;
}

export function startService(dbPath: string, resourcesDir = path.join(repoRoot, 'resources')): TestService {
  const events: BridgeEvent[] = [];
  const service = createService({ dbPath, resourcesDir, host: 'in-process', emit: (e) => events.push(e) });
  return {
    service,
    events,
    async call(name, input) {
      const result = await service.dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(name, input) {
      const result = await service.dispatch(name, input);
      if (result.ok) throw new Error(`${name} was expected to fail`);
      return result.error;
    },
  };
}
