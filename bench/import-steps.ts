// Where a large import spends its time: reads one export through the real reader and SnapshotWriter
// into a fresh database and prints each step's seconds, CPU seconds and peak RSS (read, then the save's
// steps: sorting, accounts, followers, following, activity, audience aggregates, commit). A tool for
// working on import speed; `npm run bench` prints the totals.
//   npx tsx bench/import-steps.ts [export=bench/.data/tiktok-1M-s42.json] [db=/tmp/followscope-steps.db] [--json]
//   (bench/.data/instagram-ig-1M-s42 for the Instagram case)
import fs from 'node:fs';
import { refreshAudienceAggregates } from '../src/main/analytics/audience-refresh';
import { closeDatabase, openDatabase } from '../src/main/db/open';
import { SnapshotWriter } from '../src/main/import/snapshot-writer';
import { openImportSource } from '../src/main/import/source';
import { recognizeExport } from '../src/main/import/platforms/registry';
import { DATA_DIR } from './generate';

const json = process.argv.includes('--json');
const [exportPath = `${DATA_DIR}/tiktok-1M-s42.json`, dbPath = '/tmp/followscope-steps.db'] = process.argv
  .slice(2)
  .filter((a) => a !== '--json');
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
closeDatabase(openDatabase(dbPath)); // migrate first: not part of an import

/** Each step: its name, wall seconds, the peak RSS (MB) so far, and the process's CPU seconds in it
 *  (every thread): on a shared machine the wall time stretches with the load, the CPU time much less. */
const steps: [string, number, number, number][] = [];
const peakMb = () => process.resourceUsage().maxRSS / 1024;
let lastCpu = process.cpuUsage();
const cpuSeconds = () => {
  const used = process.cpuUsage(lastCpu);
  lastCpu = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};
let last = performance.now();
const lap = (label: string) => {
  const now = performance.now();
  steps.push([label, (now - last) / 1000, peakMb(), cpuSeconds()]);
  last = now;
};
lastCpu = process.cpuUsage();
const source = await openImportSource(exportPath);
const writer = SnapshotWriter.open({
  dbPath,
  trace: (step, ms) => steps.push([step, ms / 1000, peakMb(), cpuSeconds()]),
});
// Any platform's export (TikTok, Instagram, X), recognized as the import recognizes it.
const description = await (await recognizeExport(source)).read(writer, { timeZone: 'UTC' });
await source.close();
lap('read');
await writer.finish({ description, beforeCommit: refreshAudienceAggregates });
const total = steps.reduce((sum, [, s]) => sum + s, 0);
const cpu = steps.reduce((sum, [, , , c]) => sum + c, 0);
if (json) {
  process.stdout.write(`${JSON.stringify({ steps, total, cpu, maxRssMb: peakMb() })}\n`);
  process.exit(0);
}
for (const [label, s, mb, c] of steps)
  process.stdout.write(
    `${label.padEnd(12)} ${s.toFixed(2).padStart(7)} s   CPU ${c.toFixed(2).padStart(6)} s   peak so far ${mb.toFixed(0)} MB\n`,
  );
process.stdout.write(
  `${'total'.padEnd(12)} ${total.toFixed(2).padStart(7)} s   CPU ${cpu.toFixed(2).padStart(6)} s   peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
);
