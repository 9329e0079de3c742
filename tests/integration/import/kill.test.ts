// A process killed (SIGKILL) in the middle of a big import leaves the database intact and openable, with
// the snapshots it had before and nothing of the interrupted import.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open';
import { listSnapshots } from '../../../src/main/db/queries/snapshots';
import { generateHistory } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { fingerprint, freshDbPath, tempDir } from './helpers';
import { repoRoot, startService } from './service-helpers';

it('survives a SIGKILL while the import transaction writes', async () => {
  const dir = tempDir();
  const small = generateHistory({
    seed: 3,
    username: 'kill.tester',
    startFollowers: 200,
    followingCount: 50,
    snapshots: 1,
    months: 1,
  });
  const big = generateHistory({
    seed: 4,
    username: 'kill.tester',
    startFollowers: 80_000,
    followingCount: 20_000,
    snapshots: 1,
    months: 1,
  });
  const smallFile = path.join(dir, 'small.zip');
  const bigFile = path.join(dir, 'big.json');
  writeAccountExport(small, 0, { layout: 'B', container: 'zip' }, smallFile);
  writeAccountExport(big, 0, { layout: 'B', container: 'json', activity: { watchHistory: 20_000 } }, bigFile);

  const dbPath = freshDbPath();
  const svc = startService(dbPath);
  const [first] = await svc.call('importPaths', { jobId: 'first', paths: [smallFile] });
  svc.service.close();
  const before = (() => {
    const db = openDatabase(dbPath);
    try {
      return fingerprint(db);
    } finally {
      db.close();
    }
  })();

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'kill-child.ts'), dbPath, bigFile],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const seen: string[] = [];
  let buffered = '';
  const outcome = await new Promise<{ signal: NodeJS.Signals | null }>((resolve) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        seen.push(line);
        // 'saving' is sent right before the writes: kill while the transaction is writing.
        if (line.includes('"phase":"saving"')) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => resolve({ signal }));
  });
  expect(outcome.signal).toBe('SIGKILL');
  expect(seen).not.toContain('committed');
  expect(seen.some((l) => l.includes('"phase":"reading"'))).toBe(true);

  const db = openDatabase(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fingerprint(db)).toEqual(before);
    expect(listSnapshots(db, first!.accountId).map((s) => s.id)).toEqual([first!.snapshotId]);
  } finally {
    db.close();
  }
}, 180_000);
