// What a new user sees: one export, and a complete export followed by a likes-only one. No card shows a
// 0 that means unknown, charts that need two exports say what the next import adds, and figures from an
// older export say so. Screenshots of Overview, Audience, Growth and Guide in both themes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateHistory } from '../fixtures/history';
import { writeAccountExport } from '../fixtures/tiktok/export';
import { PARTIAL_EXPORTS } from '../fixtures/tiktok/partial';
import { expect, test, type AppHarness } from './harness/app-fixture';

const USER = 'e2e.first';
const model = generateHistory({
  seed: 77,
  username: USER,
  startFollowers: 300,
  followingCount: 90,
  snapshots: 2,
  months: 2,
});

async function importExports(app: AppHarness, kinds: ('full' | 'likesOnly')[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-first-'));
  for (const [i, kind] of kinds.entries()) {
    const file = path.join(dir, `export-${i}.zip`);
    const options = kind === 'full' ? {} : PARTIAL_EXPORTS[kind];
    writeAccountExport(model, i, { layout: 'C', container: 'zip', ...options }, file);
    const result = await app.service.dispatch('importPaths', {
      jobId: `first-${i}`,
      paths: [file],
      account: USER,
    });
    expect(result.ok).toBe(true);
  }
}

async function screenshots(app: AppHarness, prefix: string): Promise<void> {
  const { page } = app;
  for (const scheme of ['light', 'dark'] as const) {
    await page.evaluate((s) => localStorage.setItem('followscope.theme', s), scheme);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    for (const name of ['overview', 'audience', 'growth', 'guide'] as const) {
      await page.getByTestId(`nav-${name}`).click();
      await expect(page.getByTestId(`page-${name}`)).toBeVisible();
      await page.waitForTimeout(300);
      await app.screenshot(`${prefix}-${name}-${scheme}`);
    }
  }
}

const kpiValue = (page: Page, id: string) => page.getByTestId(`kpi-${id}`).locator('.kpi-value');

test('one export: known figures, no 0 for unknown changes, notes instead of two-export charts', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await importExports(app, ['full']);
  await app.open();
  const { page } = app;
  const s0 = model.snapshots[0]!;
  await page.getByTestId('nav-overview').click();
  await expect(kpiValue(page, 'followers')).toHaveText(s0.followers.length.toLocaleString('en-US'));
  for (const id of ['gained', 'lost']) {
    await expect(kpiValue(page, id)).toHaveText('—');
    await expect(page.getByTestId(`kpi-${id}`)).toContainText('your next export');
  }
  // The ratio says which way round it is (followers per account followed, not the other way).
  await expect(page.getByTestId('kpi-ratio')).toContainText('followers per account you follow');
  await page.getByTestId('nav-growth').click();
  await expect(page.getByTestId('changes-need-two')).toBeVisible();
  // The month the export was made in ends after it: said so, not drawn like a whole month.
  await expect(page.getByTestId('chart-new-follows')).toContainText(
    /The last month only counts follows up to [A-Z][a-z]{2} \d{1,2}, \d{4}, the date of your newest export/,
  );
  await expect(page.getByTestId('retention-needs-two')).toBeVisible();
  await page.getByTestId('nav-guide').click();
  await expect(page.getByTestId('guide')).toContainText(/a typical post of yours gets [\d,]+ likes/);
  await screenshots(app, 'first-export');
});

test('full then likes-only: figures from the full export say so; no loss is reported', async ({ app }) => {
  test.setTimeout(120_000);
  await importExports(app, ['full', 'likesOnly']);
  await app.open();
  const { page } = app;
  await page.getByTestId('nav-overview').click();
  await expect(kpiValue(page, 'followers')).toHaveText(
    model.snapshots[0]!.followers.length.toLocaleString('en-US'),
  );
  await expect(page.getByTestId('kpi-followers')).toContainText('not in this export');
  await expect(kpiValue(page, 'lost')).toHaveText('—');
  // The likes-only export adds no point: the chart does not ask for "another export", it has one.
  await expect(page.getByTestId('chart-followers-following')).toContainText(
    'Only one export so far lists your followers and following',
  );
  await page.getByTestId('nav-tips').click();
  await expect(page.getByTestId('page-tips')).toBeVisible();
  await expect(page.getByTestId('page-tips')).not.toContainText(/\d+ lost|no longer follow you/);
  await screenshots(app, 'full-then-partial');
});
