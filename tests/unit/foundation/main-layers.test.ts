// The layers inside src/main point down, and nothing in src/ imports in a circle:
//   wiring (electron/, service/, bridge/, the entry) > advice/ > analytics/ > db/
//   import/ is a sibling of analytics/: neither imports the other; both may use db/.
// A layer may import its own folder, the layers below it and src/shared; never one above or beside.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const MAIN = path.join(SRC, 'main');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative module specifiers a file imports at run time (type-only imports form no cycle). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  const pattern =
    /(import|export)\s+(type\s+)?[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(pattern)) {
    if (m[2]) continue; // `import type` / `export type`
    const spec = m[3] ?? m[4] ?? m[5]!;
    if (spec.startsWith('.')) specifiers.push(spec);
  }
  return specifiers;
}

/** Every relative specifier, type-only ones included (layers hold for types too). */
function allImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2]!).filter((s) => s.startsWith('.'));
}

/** The file a relative specifier names (with .ts/.tsx or /index.ts), or null when it is not in src. */
function resolveFile(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

type Layer = 'wiring' | 'advice' | 'analytics' | 'import' | 'db' | 'shared' | 'other';

function layerOf(file: string): Layer {
  if (file.startsWith(path.join(SRC, 'shared') + path.sep)) return 'shared';
  if (!file.startsWith(MAIN + path.sep)) return 'other';
  const top = path.relative(MAIN, file).split(path.sep)[0]!;
  if (top === 'advice' || top === 'analytics' || top === 'import' || top === 'db') return top;
  return 'wiring'; // electron/, service/, bridge/, index.ts, paths.ts
}

/** What each layer may import (besides itself). */
const allowed: Record<Exclude<Layer, 'other'>, readonly Layer[]> = {
  wiring: ['advice', 'analytics', 'import', 'db', 'shared'],
  advice: ['analytics', 'db', 'shared'],
  analytics: ['db', 'shared'],
  import: ['db', 'shared'],
  db: ['shared'],
  shared: [],
};

const rel = (file: string) => path.relative(ROOT, file);

/** Known crossings, each with why it stands; the test fails on any other. None stands today. */
const knownCrossings = new Set<string>([]);

/** Cycles in the run-time import graph (each reported once, by its smallest member first). */
function findCycles(files: readonly string[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    graph.set(
      file,
      runtimeImports(file)
        .map((s) => resolveFile(file, s))
        .filter((f): f is string => f !== null),
    );
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).map(rel));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('layers inside src/main', () => {
  const files = sourceFiles(MAIN);

  it('each layer imports only the layers below it', () => {
    const offenders = files.flatMap((file) => {
      const from = layerOf(file) as Exclude<Layer, 'other'>;
      return allImports(file).flatMap((spec) => {
        const target = resolveFile(file, spec);
        if (!target) return [];
        const to = layerOf(target);
        if (to === from || allowed[from].includes(to)) return [];
        if (from === 'wiring' && to === 'other') return []; // the entry reads package.json
        if (knownCrossings.has(`${rel(file)} -> ${spec}`)) return [];
        return [`${rel(file)} (${from}) imports ${spec} (${to})`];
      });
    });
    expect(offenders).toEqual([]);
  });

  it('no import cycles anywhere in src/', () => {
    expect(findCycles(sourceFiles(SRC))).toEqual([]);
  });

  it('the checks catch a violation and a cycle', () => {
    expect(layerOf(path.join(MAIN, 'analytics', 'summary.ts'))).toBe('analytics');
    expect(allowed.analytics).not.toContain('advice');
    expect(allowed.import).not.toContain('analytics');
    expect(allowed.analytics).not.toContain('import');
    // A two-file cycle written to a temporary folder inside src is found.
    const dir = fs.mkdtempSync(path.join(MAIN, '__cycle_probe_'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = a;\n");
      const cycles = findCycles(sourceFiles(dir));
      expect(cycles).toHaveLength(1);
      expect(cycles[0]!.map((f) => path.basename(f)).sort()).toEqual(['a.ts', 'b.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
