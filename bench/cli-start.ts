// A small export end to end as a user runs it: a fresh process of the command-line import, from its
// start to its exit, into a fresh database. It runs the CLI as `npm run build:cli` ships it (one bundled
// file, scripts/build-cli.ts), not compiled on the fly by tsx. Returns the median wall time of `runs` runs,
// in seconds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli } from '../scripts/build-cli';

export async function cliImportSeconds(exportPath: string, workDir: string, runs = 3): Promise<number> {
  const bundle = await buildCli();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const db = path.join(workDir, 'cli-e2e.db');
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
    const started = performance.now();
    execFileSync(process.execPath, [bundle, 'import', exportPath, '--db', db, '--json'], { stdio: 'ignore' });
    samples.push((performance.now() - started) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}
