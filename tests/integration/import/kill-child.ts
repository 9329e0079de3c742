// Child process for the kill test: imports one path through the service and writes every progress
// event as a JSON line on stdout (synchronous on a pipe), then "committed" when the import returned.
import path from 'node:path';
import { createService } from '../../../src/main/service/service';

const [dbPath, file] = process.argv.slice(2) as [string, string];
const service = createService({
  dbPath,
  resourcesDir: path.resolve(import.meta.dirname, '../../../resources'),
  host: 'in-process',
  emit: (event) => process.stdout.write(`${JSON.stringify(event)}\n`),
});
const result = await service.dispatch('importPaths', { jobId: 'kill', paths: [file] });
process.stdout.write(result.ok ? 'committed\n' : `failed ${JSON.stringify(result.error)}\n`);
service.close();
