// Every KPI card on every page explains its figure: its label (a literal in the page source) has an
// entry in metrics.ts, and one metric keeps one name (the followers/following ratio has no aliases).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_HELP } from '../../../src/renderer/src/metrics';

const PAGES = path.resolve(import.meta.dirname, '../../../src/renderer/src/pages');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? sources(file) : file.endsWith('.tsx') ? [file] : [];
  });
}

const all = sources(PAGES).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

describe('KPI help', () => {
  it('finds the KPI cards it checks', () => {
    const labels = all.flatMap(({ text }) => [...text.matchAll(/<KpiCard\b[^>]*?\blabel="([^"]+)"/gs)]);
    expect(labels.length).toBeGreaterThan(20);
  });

  it('has help for every KPI label written in a page', () => {
    const missing = all.flatMap(({ file, text }) =>
      [...text.matchAll(/<KpiCard\b[^>]*?\blabel="([^"]+)"/gs)]
        .map((m) => m[1]!)
        .filter((label) => !(label in METRIC_HELP))
        .map((label) => `${path.basename(file)}: ${label}`),
    );
    expect(missing).toEqual([]);
  });

  it('calls the followers/following ratio by one name', () => {
    const aliases = /Follower \/ following ratio|Followers per following|following per follower/i;
    const found = all.filter(({ text }) => aliases.test(text)).map(({ file }) => path.basename(file));
    expect(found).toEqual([]);
  });
});
