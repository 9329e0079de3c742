// The app's layering, checked on the source: the renderer never reaches into main or preload,
// src/shared stays pure, and only the Electron wiring (plus the entries) imports 'electron'.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3]!);
  return specifiers;
}

function resolvesInto(file: string, specifier: string, folder: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), specifier);
  return target === folder || target.startsWith(folder + path.sep);
}

const rel = (file: string) => path.relative(ROOT, file);

describe('layering', () => {
  const all = sourceFiles(SRC);

  it('finds the source tree', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it('renderer code never imports main, preload, electron or Node built-ins', () => {
    const offenders = sourceFiles(path.join(SRC, 'renderer')).flatMap((file) =>
      importsOf(file)
        .filter(
          (s) =>
            resolvesInto(file, s, path.join(SRC, 'main')) ||
            resolvesInto(file, s, path.join(SRC, 'preload')) ||
            s === 'electron' ||
            s.startsWith('node:') ||
            s === 'better-sqlite3',
        )
        .map((s) => `${rel(file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("only src/main/electron, the main entry and the preload import 'electron'", () => {
    const allowed = (file: string) =>
      file.startsWith(path.join(SRC, 'main', 'electron') + path.sep) ||
      file === path.join(SRC, 'main', 'index.ts') ||
      file.startsWith(path.join(SRC, 'preload') + path.sep);
    const offenders = all
      .filter((file) => !allowed(file))
      .flatMap((file) =>
        importsOf(file)
          .filter((s) => s === 'electron' || s.startsWith('electron/'))
          .map((s) => `${rel(file)} imports ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('src/shared is pure: no main, renderer, preload, electron or Node built-ins', () => {
    const offenders = sourceFiles(path.join(SRC, 'shared')).flatMap((file) =>
      importsOf(file)
        .filter(
          (s) =>
            ['main', 'renderer', 'preload'].some((layer) => resolvesInto(file, s, path.join(SRC, layer))) ||
            s === 'electron' ||
            s.startsWith('node:'),
        )
        .map((s) => `${rel(file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a violation', () => {
    const probe = path.join(SRC, 'renderer', '__probe__.ts');
    expect(resolvesInto(probe, '../main/db/open', path.join(SRC, 'main'))).toBe(true);
    expect(importsOf(path.join(SRC, 'main', 'index.ts'))).toContain('electron');
  });
});
