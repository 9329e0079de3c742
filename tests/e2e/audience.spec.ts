// Growth and audience end to end: two generated exports dropped on the Import page, the Overview's
// counts and deltas, the Audience unfollowers tab and its CSV against the generator's truth, and
// keep/tags/notes surviving a third import. Screenshots of the three pages in both themes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateHistory } from '../fixtures/history';
import { writeAccountExport } from '../fixtures/tiktok/export';
import { expect, test } from './harness/app-fixture';

const fmt = (n: number) => n.toLocaleString('en-US');

function makeExports() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-audience-'));
  const model = generateHistory({
    seed: 404,
    username: 'e2e.audience',
    startFollowers: 1500,
    followingCount: 250,
    snapshots: 3,
    months: 4,
    refollowChance: 0.4,
  });
  const zips = model.snapshots.map(
    (s) =>
      writeAccountExport(
        model,
        s.index,
        { layout: 'B', container: 'zip' },
        path.join(dir, `export-${s.index}.zip`),
      ).path,
  );
  return { dir, model, zips };
}

async function importViaDrop(
  app: { page: Page; dropFiles(s: string, f: string[]): Promise<void> },
  files: string[],
  total: number,
) {
  await app.page.getByTestId('nav-imports').click();
  await expect(app.page.getByTestId('dropzone')).toBeVisible();
  await app.dropFiles('[data-testid="dropzone"]', files);
  await expect(app.page.getByTestId('import-report')).toHaveCount(files.length, { timeout: 60_000 });
  await expect(app.page.getByTestId('nav-overview')).toBeVisible();
  void total;
}

/** Every username the virtualized table holds, scrolling it from top to bottom. */
async function tableUsernames(page: Page, list: string): Promise<string[]> {
  const table = page.getByTestId(`audience-table-${list}`);
  const scroller = table.locator('.table-scroll');
  const seen = new Set<string>();
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 200; i++) {
    await page.waitForTimeout(60);
    for (const u of await table
      .locator('[role="row"][data-username]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-username') ?? '')))
      seen.add(u);
    const done = await scroller.evaluate((el) => {
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollTop += el.clientHeight - 40;
      return atEnd;
    });
    if (done) break;
  }
  return [...seen].sort();
}

function csvUsernames(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toMatch(/^username,/);
  return lines
    .slice(1)
    .map((l) => l.split(',')[0]!)
    .sort();
}

test('two imports: overview counts and deltas, unfollowers and CSV match the truth; annotations survive a third import', async ({
  app,
}) => {
  test.setTimeout(420_000);
  const { dir, model, zips } = makeExports();
  const [s0, s1] = [model.snapshots[0]!, model.snapshots[1]!];
  try {
    await app.page.addInitScript(() => {
      if (!localStorage.getItem('followscope.theme')) localStorage.setItem('followscope.theme', 'light');
    });
    await app.open();
    const { page } = app;
    await importViaDrop(app, [zips[0]!, zips[1]!], 2);

    // Overview: counts of the newest snapshot, deltas against the one before.
    await page.getByTestId('nav-overview').click();
    const kpi = (id: string) => page.getByTestId(`kpi-${id}`);
    await expect(kpi('followers').locator('.kpi-value')).toHaveText(fmt(s1.followers.length));
    await expect(kpi('following').locator('.kpi-value')).toHaveText(fmt(s1.following.length));
    const followerDelta = s1.followers.length - s0.followers.length;
    await expect(kpi('followers').locator('.kpi-delta')).toHaveText(
      `${followerDelta > 0 ? '+' : '-'}${fmt(Math.abs(followerDelta))}`,
    );
    await expect(kpi('gained').locator('.kpi-value')).toHaveText(fmt(s1.truth.gained.length));
    await expect(kpi('lost').locator('.kpi-value')).toHaveText(fmt(s1.truth.lost.length));
    const followed = new Set(s1.following.map((f) => f.username));
    const mutuals = s1.followers.filter((f) => followed.has(f.username)).length;
    await expect(kpi('mutuals').locator('.kpi-value')).toHaveText(fmt(mutuals));
    await expect(
      page.getByTestId('chart-followers-following').locator('svg.recharts-surface').first(),
    ).toBeVisible();

    // Audience → Unfollowers: exactly the followers the generator removed.
    await page.getByTestId('nav-audience').click();
    await page.getByRole('tab', { name: /^Unfollowers/ }).click();
    const lost = s1.truth.lost.map((r) => r.username).sort();
    expect(lost.length).toBeGreaterThan(20);
    await expect(page.getByTestId('audience-count')).toHaveText(`${fmt(lost.length)} accounts`);
    expect(await tableUsernames(page, 'unfollowers')).toEqual(lost);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audience-table-unfollowers').getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csvPath = path.join(dir, 'unfollowers.csv');
    await download.saveAs(csvPath);
    expect(csvUsernames(fs.readFileSync(csvPath, 'utf8'))).toEqual(lost);

    // Keep, tag and note the first unfollower (sorted by name).
    await page.getByTestId('audience-table-unfollowers').getByTitle('Sort by Account').click();
    const who = lost[0]!;
    const row = page.locator(`[role="row"][data-username="${who}"]`);
    await row.getByRole('checkbox', { name: `Keep @${who}` }).check();
    await row.getByRole('textbox', { name: `Add a tag to @${who}` }).fill('collab');
    await row.getByRole('textbox', { name: `Add a tag to @${who}` }).press('Enter');
    await row.getByRole('textbox', { name: `Note on @${who}` }).fill('asked for a duet');
    await row.getByRole('textbox', { name: `Note on @${who}` }).press('Enter');
    await expect(row.locator('.audience-tag')).toHaveText(/collab/);
    await page.waitForTimeout(300);

    for (const scheme of ['light', 'dark'] as const) {
      await page.evaluate((s) => localStorage.setItem('followscope.theme', s), scheme);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      for (const name of ['overview', 'growth', 'audience'] as const) {
        await page.getByTestId(`nav-${name}`).click();
        await expect(page.getByTestId(`page-${name}`)).toBeVisible();
        if (name === 'growth') await expect(page.getByTestId('retention-heatmap')).toBeVisible();
        if (name === 'audience') await expect(page.getByTestId('audience-count')).toContainText('accounts');
        await page.waitForTimeout(400);
        await app.screenshot(`audience-${name}-${scheme}`);
      }
    }
    await page.evaluate(() => localStorage.setItem('followscope.theme', 'light'));
    await page.reload();

    // A third import: the annotations hang on the username and are still there in the earlier window.
    await importViaDrop(app, [zips[2]!], 1);
    await page.getByTestId('nav-audience').click();
    await page.getByRole('tab', { name: /^Unfollowers/ }).click();
    await expect(page.getByTestId('audience-count')).toHaveText(
      `${fmt(model.snapshots[2]!.truth.lost.length)} accounts`,
    );
    await page
      .getByTestId('audience-table-unfollowers')
      .getByRole('combobox', { name: 'Snapshot' })
      .selectOption({ index: 0 });
    await expect(page.getByTestId('audience-count')).toHaveText(`${fmt(lost.length)} accounts`);
    await page.getByTestId('audience-table-unfollowers').getByTitle('Sort by Account').click();
    const again = page.locator(`[role="row"][data-username="${who}"]`);
    await expect(again.getByRole('checkbox', { name: `Keep @${who}` })).toBeChecked();
    await expect(again.locator('.audience-tag')).toHaveText(/collab/);
    await expect(again.getByRole('textbox', { name: `Note on @${who}` })).toHaveValue('asked for a duet');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
