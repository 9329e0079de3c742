// `npm run bench:ui`: the renderer's bundle after `npm run build`, then page-switch times (ui-pages.ts). Prints every chunk's size (raw and
// gzipped), the JavaScript the first screen loads (the entry and everything it imports statically,
// i.e. before any page is opened) against the 250 KB gzipped target, and checks that the heavy
// libraries sit in chunks of their own that the first screen does not load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_VISIT_TARGET_MS, measurePageSwitches, PAGE_SWITCH_RUNS, REVISIT_TARGET_MS } from './ui-pages';

const OUT = path.join(import.meta.dirname, '..', 'out', 'renderer');
const INITIAL_TARGET_KB = 250;
const HEAVY = ['recharts', 'react-virtual'];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

if (!fs.existsSync(path.join(OUT, 'index.html'))) {
  process.stderr.write('out/renderer/index.html: not built yet; run `npm run build` first\n');
  process.exit(1);
}

const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8');
const entry = html.match(/<script[^>]+src="\.\/([^"]+\.js)"/)?.[1];
if (!entry) throw new Error('out/renderer/index.html: no entry script');

/** The chunks a chunk imports statically (`import … from "./x.js"`, not `import("./x.js")`). */
function staticImports(rel: string): string[] {
  const code = fs.readFileSync(path.join(OUT, rel), 'utf8');
  const dir = path.posix.dirname(rel);
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+\.js)["']/g)].map((m) =>
    path.posix.join(dir, m[1]!),
  );
}

const initial = new Set<string>();
const queue = [entry];
while (queue.length > 0) {
  const next = queue.pop()!;
  if (initial.has(next)) continue;
  initial.add(next);
  queue.push(...staticImports(next));
}
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]!);

const assets = fs
  .readdirSync(path.join(OUT, 'assets'))
  .map((name) => `assets/${name}`)
  .map((rel) => {
    const file = path.join(OUT, rel);
    return { rel, raw: fs.statSync(file).size, gzip: gz(file) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const rows = assets.map((a) => [
  a.rel,
  kb(a.raw),
  kb(a.gzip),
  initial.has(a.rel) || css.includes(a.rel) ? 'first screen' : 'on demand',
]);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 8));
const line = (r: string[]) =>
  r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(['chunk', 'raw', 'gzipped', 'loaded']));
for (const r of rows) console.log(line(r));

const initialJs = assets.filter((a) => initial.has(a.rel)).reduce((sum, a) => sum + a.gzip, 0);
const initialCss = assets.filter((a) => css.includes(a.rel)).reduce((sum, a) => sum + a.gzip, 0);
const largestRaw = Math.max(...assets.map((a) => a.raw));
// Minified code has few, long lines (an unminified bundle averages ~30 characters a line). Judged over all
// the JS together: a chunk of a few hundred bytes (an import line and one export) says nothing alone.
const js = assets.filter((a) => a.rel.endsWith('.js'));
const jsLines = js.reduce((n, a) => n + fs.readFileSync(path.join(OUT, a.rel), 'utf8').split('\n').length, 0);
const minified = js.reduce((n, a) => n + a.raw, 0) / jsLines > 200;
console.log('');
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
console.log(
  `first-screen JS: ${kb(initialJs)} gzipped (target <= ${INITIAL_TARGET_KB} KB) ${verdict(initialJs <= INITIAL_TARGET_KB * 1000)}`,
);
console.log(`first-screen CSS: ${kb(initialCss)} gzipped`);
console.log(`largest chunk: ${kb(largestRaw)} raw; minified: ${minified ? 'yes' : 'NO'}`);
for (const lib of HEAVY) {
  const chunk = assets.find((a) => path.basename(a.rel).startsWith(`${lib}-`));
  const own = chunk
    ? initial.has(chunk.rel)
      ? 'own chunk, but loaded by the first screen'
      : 'own chunk, on demand'
    : 'NOT in its own chunk';
  console.log(`${lib}: ${own}`);
}
if (initialJs > INITIAL_TARGET_KB * 1000) process.exitCode = 1;

// Page switches in the built app (real Chromium, the demo dataset).
const timings = await measurePageSwitches();
console.log('');
const verdictOf = (ms: number, target: number) => (ms <= target ? 'ok' : 'MISSED');
const switchRows = timings.map((t) => [
  t.page,
  `${Math.round(t.firstVisitMs)} ms`,
  verdictOf(t.firstVisitMs, FIRST_VISIT_TARGET_MS),
  `${Math.round(t.firstVisitColdMs)} ms`,
  verdictOf(t.firstVisitColdMs, FIRST_VISIT_TARGET_MS),
  `${Math.round(t.revisitMs)} ms`,
  verdictOf(t.revisitMs, REVISIT_TARGET_MS),
]);
const header = ['page', 'first visit', '', 'no prefetch', '', 'revisit', ''];
const switchWidths = header.map((h, i) => Math.max(h.length, ...switchRows.map((r) => r[i]!.length)));
const switchLine = (r: string[]) =>
  r.map((c, i) => (i === 0 ? c.padEnd(switchWidths[i]!) : c.padStart(switchWidths[i]!))).join('  ');
const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(
  `page switches, median of ${PAGE_SWITCH_RUNS} runs (targets: first visit <= ${FIRST_VISIT_TARGET_MS} ms, revisit <= ${REVISIT_TARGET_MS} ms); load average ${load}`,
);
console.log(
  "first visit: no answer cached, every page's code loaded while the app was idle (as the app does);",
);
console.log(
  'no prefetch: the same with that switched off (index.html?prefetch=off), the code loads on the visit',
);
console.log(switchLine(header));
for (const r of switchRows) console.log(switchLine(r));
if (
  timings.some(
    (t) =>
      t.firstVisitMs > FIRST_VISIT_TARGET_MS ||
      t.firstVisitColdMs > FIRST_VISIT_TARGET_MS ||
      t.revisitMs > REVISIT_TARGET_MS,
  )
)
  process.exitCode = 1;
console.log('');
console.log(
  'first visit without prefetch, split (medians): code = until the last chunk arrived; service = handler time',
);
for (const t of timings) {
  const calls = t.firstVisitCalls.map(([call, ms]) => `${call} ${Math.round(ms)}`).join(', ');
  console.log(
    `  ${t.page.padEnd(switchWidths[0]!)}  code ${Math.round(t.firstVisitCodeMs)} ms, service ${Math.round(t.firstVisitServiceMs)} ms${calls ? ` (${calls})` : ''}`,
  );
}
if (timings.some((t) => t.firstVisitMs > FIRST_VISIT_TARGET_MS || t.revisitMs > REVISIT_TARGET_MS))
  process.exitCode = 1;
