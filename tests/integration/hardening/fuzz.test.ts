// A seeded mutation fuzz over generated exports of every format (JSON structure and bytes, ZIP bytes, TXT
// lines, Studio CSV/XLSX cells and bytes): each case imports or is refused with one clean line, leaves the
// database byte-identical when refused and passing integrity_check when imported, within its time limit.
// `npm run fuzz -- --cases N --seed S` runs thousands.
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../fuzz/run';

const CASES = 240;

describe('fuzzed imports', () => {
  it(`${CASES} seeded cases end imported or cleanly refused`, async () => {
    const result = await runFuzz({ cases: CASES, seed: 1, timeoutMs: 10_000 });
    expect(result.failed).toEqual([]);
    expect(result.passed).toBe(CASES);
    // Both outcomes are exercised: mutations that still import and ones that are refused.
    expect(result.imported).toBeGreaterThan(CASES / 10);
    expect(result.refused).toBeGreaterThan(CASES / 10);
  }, 180_000);
});
