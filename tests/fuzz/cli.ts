// npm run fuzz -- [--cases N] [--seed S] [--timeout MS] [--kinds json,zip,txt,studio-csv,studio-xlsx] [--verbose]
// Thousands of seeded mutation cases; prints each failure with the seed and case index that reproduce it.
import { parseArgs } from 'node:util';
import { runFuzz } from './run';
import type { SeedKind } from './seeds';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '10000' },
    kinds: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const started = performance.now();
const result = await runFuzz({
  cases: Number(values.cases),
  seed: Number(values.seed),
  timeoutMs: Number(values.timeout),
  kinds: values.kinds?.split(',') as SeedKind[] | undefined,
  onCase: (i, c, outcome) => {
    if (values.verbose || outcome !== 'ok')
      process.stdout.write(`case ${i} [${c.name}] ${c.what}: ${outcome}\n`);
    else if (i % 100 === 99) process.stderr.write(`${i + 1} cases…\n`);
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `\nseed ${values.seed}: ${result.imported} imported, ${result.refused} refused cleanly, in ${seconds} s\n` +
    `${result.passed} passed, ${result.failed.length} failed\n`,
);
process.exitCode = result.failed.length > 0 ? 1 : 0;
