// Child process of the benchmark: imports one export into a fresh database through the service, exactly
// as the CLI does, and prints {seconds, records, maxRssMb} as JSON. Run in its own process so that its
// peak RSS (process.resourceUsage().maxRSS) is the import's alone.
import fs from 'node:fs';
import path from 'node:path';
import { createService } from '../src/main/service/service';

const [exportPath, dbPath] = process.argv.slice(2) as [string, string];
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
const service = createService({
  dbPath,
  resourcesDir: path.resolve(import.meta.dirname, '../resources'),
  host: 'in-process',
});
const started = performance.now();
const result = await service.dispatch('importPaths', { jobId: 'bench', paths: [exportPath] });
const seconds = (performance.now() - started) / 1000;
service.close();
if (!result.ok) {
  process.stderr.write(`${result.error.code}: ${result.error.message}\n`);
  process.exit(1);
}
const [report] = result.value as {
  counts: { followers: number; following: number; watched: number | null };
}[];
const c = report!.counts;
process.stdout.write(
  `${JSON.stringify({ seconds, records: c.followers + c.following + (c.watched ?? 0), counts: c, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
