// Child process of the benchmark: imports one export into a fresh database through the service, exactly
// as the CLI does, then imports the same file again (recognized as a duplicate), and prints
// {seconds, again, records, maxRssMb} as JSON. Run in its own process so that its peak RSS
// (process.resourceUsage().maxRSS) is the import's alone.
import fs from 'node:fs';
import { createService } from '../src/main/service/service';

// The resources folder comes as an argument: this file runs bundled, from another folder than its source.
const [exportPath, dbPath, resourcesDir] = process.argv.slice(2) as [string, string, string];
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
const service = createService({
  dbPath,
  resourcesDir,
  host: 'in-process',
});

type Report = {
  duplicate: boolean;
  counts: { followers: number; following: number; watched: number | null };
};
async function timedImport(jobId: string): Promise<{ seconds: number; report: Report }> {
  const started = performance.now();
  const result = await service.dispatch('importPaths', { jobId, paths: [exportPath] });
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) {
    process.stderr.write(`${result.error.code}: ${result.error.message}\n`);
    process.exit(1);
  }
  return { seconds, report: (result.value as Report[])[0]! };
}

const first = await timedImport('bench');
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const again = await timedImport('bench-again');
service.close();
if (!again.report.duplicate) throw new Error('the re-import was not recognized as a duplicate');
const c = first.report.counts;
process.stdout.write(
  `${JSON.stringify({ seconds: first.seconds, again: again.seconds, records: c.followers + c.following + (c.watched ?? 0), maxRssMb })}\n`,
);
