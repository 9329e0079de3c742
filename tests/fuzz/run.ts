// Runs fuzz cases against the real service on a real database file, as the app and the CLI import: each
// case must end in success (then `PRAGMA integrity_check` is ok) or in one clean `<file>: <problem>` line
// (then the database is byte-identical to before), within a time limit, and never crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService, type Service } from '../../src/main/service/service';
import { Rng, hashSeed } from '../fixtures/prng';
import { fuzzCase, type FuzzCase } from './mutate';
import { fuzzSeeds, type Seed } from './seeds';

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** A case slower than this is a hang. */
  timeoutMs: number;
  /** Only seeds of these kinds (all when absent). */
  kinds?: readonly Seed['kind'][];
  onCase?: (index: number, c: FuzzCase, outcome: string) => void;
}

export interface FuzzFailure {
  index: number;
  seed: string;
  what: string;
  problem: string;
}

export interface FuzzResult {
  passed: number;
  failed: FuzzFailure[];
  imported: number;
  refused: number;
}

/** Internals that must never reach a user's eyes (a quoted "undefined" is the file's own text). */
const INTERNAL =
  /SQLITE_|Unexpected error|at position \d|RangeError|TypeError|ReferenceError|Cannot read prop|is not a function|(?<!")undefined(?!")|\[object /;

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-fuzz-'));
  const dbPath = path.join(dir, 'fuzz.db');
  const service = createService({ dbPath, resourcesDir: dir, host: 'in-process' });
  const seeds = fuzzSeeds().filter((s) => !options.kinds || options.kinds.includes(s.kind));
  const result: FuzzResult = { passed: 0, failed: [], imported: 0, refused: 0 };
  try {
    for (let i = 0; i < options.cases; i++) {
      const rng = new Rng(hashSeed(options.seed, i));
      const seed = seeds[i % seeds.length]!;
      const c = fuzzCase(rng, seed);
      const problem = await runCase(service, dbPath, dir, i, c, options.timeoutMs, result);
      options.onCase?.(i, c, problem ?? 'ok');
      if (problem) result.failed.push({ index: i, seed: seed.name, what: c.what, problem });
      else result.passed++;
    }
  } finally {
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** The database's bytes with everything committed moved into the main file. */
function dbBytes(service: Service, dbPath: string): Buffer {
  service.context.db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.readFileSync(dbPath);
}

async function runCase(
  service: Service,
  dbPath: string,
  dir: string,
  index: number,
  c: FuzzCase,
  timeoutMs: number,
  result: FuzzResult,
): Promise<string | null> {
  const caseDir = path.join(dir, `case-${index}`);
  fs.mkdirSync(caseDir);
  const file = path.join(caseDir, c.name);
  fs.writeFileSync(file, c.bytes);
  const before = dbBytes(service, dbPath);
  const jobId = `fuzz-${index}`;
  // An import that yields can be cancelled; one that never yields is caught by the clock below.
  const timer = setTimeout(() => void service.dispatch('cancelImport', { jobId }), timeoutMs);
  const start = performance.now();
  let outcome;
  try {
    outcome = await service.dispatch('importPaths', { jobId, paths: [file] });
  } catch (error) {
    return `crashed: ${error instanceof Error ? error.stack : String(error)}`;
  } finally {
    clearTimeout(timer);
    fs.rmSync(caseDir, { recursive: true, force: true });
  }
  const ms = performance.now() - start;
  if (ms > timeoutMs) return `took ${Math.round(ms)} ms (limit ${timeoutMs} ms)`;
  if (outcome.ok) {
    result.imported++;
    const check = service.context.db.pragma('integrity_check', { simple: true });
    return check === 'ok' ? null : `integrity_check: ${String(check)}`;
  }
  result.refused++;
  const { code, message } = outcome.error;
  if (code !== 'IMPORT_FAILED') return `error code ${code}: ${message}`;
  if (message.includes('\n')) return `more than one line: ${JSON.stringify(message)}`;
  // The file is what the user gave, or a file inside it (`export.zip/user_data.json`).
  const named = message.startsWith(`${c.name}: `) || message.startsWith(`${c.name}/`);
  if (!named || !/^[^\n]+?: \S/.test(message)) return `not "<file>: <problem>": ${message}`;
  if (INTERNAL.test(message)) return `internal words reach the user: ${message}`;
  if (!dbBytes(service, dbPath).equals(before)) return `database changed by a refused import: ${message}`;
  return null;
}
