// The contract handlers behind the router, on a real SQLite file: malformed input, unknown calls and
// foreign senders come back as {ok:false} data, never as a crash.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter, type Route } from '../../../src/main/bridge/router';
import { isAppUrl } from '../../../src/main/electron/origin';
import { createDispatch } from '../../../src/main/service/dispatch';
import { createService, type Service } from '../../../src/main/service/service';
import { createClient } from '../../../src/shared/client';
import { FollowscopeError } from '../../../src/shared/bridge';
import { latestSchemaVersion } from '../../../src/main/db/migrations';
import { tempDir } from '../../helpers/temp';

let cleanup: () => void;
let service: Service;
let route: Route;
let dbPath: string;
const APP = 'app://followscope/index.html';

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  dbPath = path.join(t.dir, 'followscope.db');
  service = createService({ dbPath, resourcesDir: path.join(t.dir, 'resources'), host: 'in-process' });
  route = createRouter({
    service: service.dispatch,
    shell: createDispatch({ openExternal: () => ({ opened: false }) }, () => undefined),
    isTrustedSender: (url) => isAppUrl(url),
  });
});
afterEach(() => {
  service.close();
  cleanup();
});

describe('bridge handlers', () => {
  it('answers appInfo from the service', async () => {
    const result = await route(APP, 'appInfo', {});
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: 'Followscope',
        databasePath: dbPath,
        schemaVersion: latestSchemaVersion,
        serviceHost: 'in-process',
      }),
    });
  });

  it('lists no accounts on a fresh database', async () => {
    expect(await route(APP, 'listAccounts', undefined)).toEqual({ ok: true, value: [] });
  });

  it('refuses unknown calls, including prototype names', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString', 42, null, { call: 'appInfo' }]) {
      const result = await route(APP, name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_CALL');
    }
  });

  it('refuses malformed input with a message naming the call and the field', async () => {
    // The words are zod's English messages: the contract loads them explicitly (its mini build has none).
    const cases: [string, unknown, string][] = [
      ['listSnapshots', { accountId: 'one' }, 'accountId: Invalid input: expected number, received string'],
      ['listSnapshots', { accountId: -1 }, 'accountId: Too small: expected number to be >0'],
      ['listSnapshots', {}, 'accountId: Invalid input: expected number, received undefined'],
      ['appInfo', { extra: true }, 'Unrecognized key: "extra"'],
      ['importPaths', { jobId: 'j', paths: [] }, 'paths: Too small: expected array to have >=1 items'],
      ['importPaths', { jobId: 'j', paths: 'not-an-array' }, 'paths: Invalid input: expected array'],
      ['deleteSnapshot', 'DROP TABLE snapshots', 'expected object'],
      ['setSnapshotTime', { snapshotId: 1, takenAt: 'yesterday' }, 'takenAt: not a date (2026-02-28)'],
      [
        'audienceList',
        { accountId: 1, list: 'mutuals', limit: 9999 },
        'limit: Too big: expected number to be <=5000',
      ],
      ['addTags', { accountId: 1, usernames: ['a'], tags: ['  '] }, 'tags.0: Too small'],
    ];
    for (const [call, input, words] of cases) {
      const result = await route(APP, call, input);
      expect(result, `${call} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
      if (!result.ok) expect(result.error.message).toContain(`${call}: `);
      if (!result.ok) expect(result.error.message).toContain(words);
    }
  });

  it('refuses calls from any frame that is not the app page', async () => {
    for (const sender of ['https://evil.example/', 'file:///tmp/x.html', undefined, null, 'app://other/']) {
      expect(await route(sender, 'appInfo', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('routes shell calls to the shell, not to the service', async () => {
    expect(await route(APP, 'openExternal', { url: 'https://buffer.com/' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(await route(APP, 'openExternal', { url: 'not a url' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('the typed client unwraps results and throws FollowscopeError with the code', async () => {
    const client = createClient({
      invoke: (call, input) => route(APP, call, input),
      subscribe: () => () => {},
    });
    expect((await client.appInfo()).name).toBe('Followscope');
    await expect(client.listSnapshots({ accountId: 0 })).rejects.toBeInstanceOf(FollowscopeError);
    await expect(client.listSnapshots({ accountId: 0 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
