// `followscope import --json` on loose Studio CSV files whose dates have no year: --exported-at anchors
// them, the output names the files and the days, and the summary's studio sums match the generator.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { writeStudioDownloads } from '../../fixtures/studio/downloads';
import { generateStudio } from '../../fixtures/studio/model';
import { mergedStudioDays, sumColumn } from './truth';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-studio-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) =>
  run('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, timeout: 90_000 });

it('imports year-less German CSVs across New Year with --exported-at and reports files, days, range', async () => {
  const exportedAt = new Date(Date.UTC(2026, 0, 12, 8, 0));
  const model = generateStudio({ seed: 77, handle: 'cli.creator', exportDate: exportedAt, days: 40 });
  // Loose files carry no date in their names: only --exported-at (or the file time) gives the year.
  const files = writeStudioDownloads(
    model,
    { locale: 'de', container: 'files', tabs: ['Overview', 'Viewers'] },
    dir,
  );
  for (const f of files) fs.utimesSync(f, new Date(Date.UTC(2030, 5, 1)), new Date(Date.UTC(2030, 5, 1)));
  const db = path.join(dir, 'cli.db');
  const { stdout } = await cli([
    'import',
    ...files,
    '--db',
    db,
    '--account',
    'cli.creator',
    '--exported-at',
    exportedAt.toISOString(),
    '--json',
  ]);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toHaveLength(files.length);
  for (const [i, line] of lines.entries()) {
    expect(line).toMatchObject({
      kind: 'studio',
      files: [path.basename(files[i]!)],
      days: model.days.length,
      from: model.days[0]!.date,
      to: model.days.at(-1)!.date,
      warnings: [],
    });
  }
  expect(model.days[0]!.date < '2026-01-01' && model.days.at(-1)!.date > '2026-01-01').toBe(true);

  const summary = JSON.parse((await cli(['summary', '--db', db, '--json'])).stdout) as {
    studio: Record<string, number>;
  };
  const days = mergedStudioDays([model]);
  expect(summary.studio).toMatchObject({
    days: model.days.length,
    videoViews: sumColumn(days, 'videoViews'),
    likes: sumColumn(days, 'likes'),
    comments: sumColumn(days, 'comments'),
  });
});
