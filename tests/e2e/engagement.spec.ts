// The Engagement page end to end: a generated account export and a year of generated TikTok Studio
// downloads go through the real importer (window.followscope.importPaths, as the Import page calls it)
// into a real database; the page then shows the 365-day views chart, the weekday × hour heatmap and the
// hashtag table, and what it shows is compared with what the service answers through window.followscope.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { generateHistory } from '../fixtures/history';
import { generateStudio } from '../fixtures/studio/model';
import { writeStudioDownloads } from '../fixtures/studio/downloads';
import { writeAccountExport } from '../fixtures/tiktok/export';
import { expect, test } from './harness/app-fixture';
import { ROOT } from './harness/global-setup';

const HANDLE = 'e2e.engagement';

function makeFiles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-engagement-'));
  const history = generateHistory({
    seed: 41,
    username: HANDLE,
    startFollowers: 800,
    followingCount: 200,
    snapshots: 2,
    months: 3,
    postsPerMonth: 12,
  });
  const exports = history.snapshots.map(
    (s) =>
      writeAccountExport(
        history,
        s.index,
        { layout: 'B', container: 'zip' },
        path.join(dir, `tiktok-${s.index}.zip`),
      ).path,
  );
  const studio = generateStudio({
    seed: 9,
    handle: HANDLE,
    exportDate: new Date(Date.UTC(2026, 10, 1, 9, 30)),
    days: 365,
  });
  const studioFiles = writeStudioDownloads(studio, { locale: 'en' }, path.join(dir, 'studio'));
  return { dir, exports, studioFiles, studio };
}

async function importThroughPage(page: Page, paths: string[]): Promise<number> {
  return page.evaluate(
    async ({ paths, account }) => {
      const reports = await window.followscope.importPaths({ jobId: 'e2e-engagement', paths, account });
      return reports[0]!.accountId;
    },
    { paths, account: HANDLE },
  );
}

const en = (n: number) => n.toLocaleString('en-US');

test('the Engagement page shows the 365-day views, the heatmap and the hashtags the service computes', async ({
  app,
}) => {
  const files = makeFiles();
  try {
    const { page } = app;
    // Light theme first; the dark pass below flips the stored theme.
    await page.addInitScript(() => {
      if (!localStorage.getItem('followscope.theme')) localStorage.setItem('followscope.theme', 'light');
    });
    await app.open();
    const accountId = await importThroughPage(page, [...files.exports, ...files.studioFiles]);

    // One time zone: pick Asia/Tokyo in Settings, as a user would.
    await page.goto(`${'http://followscope.test'}/index.html#/settings`);
    await page.getByTestId('settings-timezone').selectOption('Asia/Tokyo');
    await expect(page.getByTestId('settings-timezone-current')).toContainText('In use: Asia/Tokyo');

    // Dates and times elsewhere follow the same zone: the Import page lists each snapshot's time in Tokyo,
    // naming the zone (the browser here runs in another zone, so its own clock would differ).
    const tokyoTimes = await page.evaluate(async (accountId) => {
      const snapshots = await window.followscope.listSnapshots({ accountId });
      const tokyo = new Intl.DateTimeFormat(navigator.language, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Tokyo',
      });
      return snapshots.map((s) => `${tokyo.format(new Date(s.takenAt))} (Asia/Tokyo)`);
    }, accountId);
    expect(tokyoTimes.length).toBeGreaterThan(0);
    await page.goto(`${'http://followscope.test'}/index.html#/imports`);
    for (const shown of tokyoTimes)
      await expect(page.getByText(shown, { exact: true }).first()).toBeVisible();

    // Studio tab: the 365-day views chart with the service's sum over those days.
    await page.goto(`${'http://followscope.test'}/index.html#/engagement?tab=studio`);
    const views = page.getByTestId('chart-studio-views-365');
    await expect(views).toBeVisible();
    await expect(views.locator('svg.recharts-surface path.recharts-area-area')).toHaveCount(1);
    const studio = await page.evaluate(
      (id) => window.followscope.studioMetrics({ accountId: id }),
      accountId,
    );
    expect(studio).not.toBeNull();
    expect(studio!.totals.days).toBe(365);
    const serviceViews = studio!.daily.reduce((t, d) => t + (d.videoViews ?? 0), 0);
    expect(serviceViews).toBe(files.studio.days.reduce((t, d) => t + (d.videoViews ?? 0), 0));
    await expect(views).toHaveAttribute('data-points', '365');
    await expect(views).toHaveAttribute('data-total', String(serviceViews));
    await expect(views).toContainText(`${en(serviceViews)} views over 365 days`);
    await expect(page.getByTestId('kpi-studio-views')).toContainText(en(studio!.totals.videoViews));
    await expect(page.getByTestId('kpi-studio-engagement')).toContainText(
      new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(
        studio!.totals.engagementRateByViews!,
      ),
    );
    // Weekly charts draw whole Monday weeks only; the weeks the 365 days cut short are named, not drawn.
    const daysOfWeek = new Map<string, number>();
    for (const d of studio!.daily.slice(-365)) {
      const ms = Date.parse(`${d.day}T00:00:00Z`);
      const monday = new Date(ms - ((new Date(ms).getUTCDay() + 6) % 7) * 86_400_000).toISOString();
      daysOfWeek.set(monday, (daysOfWeek.get(monday) ?? 0) + 1);
    }
    const cut = [...daysOfWeek.values()].filter((n) => n < 7).length;
    expect(cut).toBeGreaterThan(0);
    await expect(page.getByTestId('chart-studio-profile-views')).toContainText(
      cut === 1 ? 'One week with fewer than 7 days' : `${cut} weeks with fewer than 7 days`,
    );
    await app.screenshot('engagement-studio-light');

    // Best time: every heatmap cell carries the service's median likes for that weekday and hour.
    await page.getByRole('tab', { name: 'Best time to post' }).click();
    const heatmap = page.getByTestId('heatmap-posts');
    await expect(heatmap).toBeVisible();
    const best = await page.evaluate((id) => window.followscope.bestTimeToPost({ accountId: id }), accountId);
    expect(best.timeZone).toBe('Asia/Tokyo');
    await expect(page.getByTestId('best-time-zone')).toContainText('Hours in Asia/Tokyo');
    const shown = await heatmap
      .locator('rect[data-testid^="heatmap-posts-cell-"]')
      .evaluateAll((rects) =>
        rects.map((r) => ({ id: r.getAttribute('data-testid'), value: r.getAttribute('data-value') })),
      );
    expect(shown).toHaveLength(168);
    const expected = best.cells.map((c) => ({
      id: `heatmap-posts-cell-${c.weekday}-${c.hour}`,
      value: c.medianLikes === null ? '' : String(c.medianLikes),
    }));
    expect(shown).toEqual(expected);
    expect(best.cells.filter((c) => c.posts > 0).length).toBeGreaterThan(10);
    await expect(page.getByTestId('heatmap-activity')).toBeVisible();
    const windows = page.getByTestId('posting-windows').locator('li');
    await expect(windows).toHaveCount(best.windows.length);
    expect(best.windows.length).toBeGreaterThan(0);
    await expect(windows.first()).toContainText('(Asia/Tokyo)');
    const shownWindows = await windows.evaluateAll((lis) =>
      lis.map((li) => [
        Number(li.getAttribute('data-weekday')),
        Number(li.getAttribute('data-start-hour')),
        Number(li.getAttribute('data-hours')),
      ]),
    );

    // The real CLI on the same database file, in the same zone, recommends the same windows.
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'tips',
        '--db',
        app.dbPath,
        '--tz',
        'Asia/Tokyo',
        '--json',
        '--all',
      ],
      { encoding: 'utf8', timeout: 120_000, cwd: ROOT },
    );
    const cli = JSON.parse(out) as {
      timeZone: string;
      tips: {
        id: string;
        title: string;
        evidence: { values: { label: string; value: string | number }[] };
      }[];
    };
    expect(cli.timeZone).toBe('Asia/Tokyo');
    const tip = cli.tips.find((t) => t.id === 'best-time');
    expect(tip, 'the best-time tip').toBeDefined();
    const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
    const expectedLabels = shownWindows.map(([d, h, n]) => `${weekdays[d!]} ${hh(h!)}–${hh(h! + n!)}`);
    const cliLabels = tip!.evidence.values
      .filter((v) => v.label.startsWith('Window ') && v.label.endsWith('(Asia/Tokyo)'))
      .map((v) => v.value);
    expect(cliLabels).toEqual(expectedLabels);
    expect(tip!.title).toBe(`Post on ${expectedLabels[0]} (Asia/Tokyo)`);
    await app.screenshot('engagement-timing-light');

    // Hashtags: the table's first rows are the service's most used hashtags with their counts.
    await page.getByRole('tab', { name: 'Hashtags & interests' }).click();
    const table = page.getByTestId('table-hashtags');
    await expect(table).toBeVisible();
    const tags = await page.evaluate((id) => window.followscope.tagsAndSounds({ accountId: id }), accountId);
    expect(tags.hashtags.length).toBeGreaterThan(3);
    const rows = table.locator('.table-body [role="row"]');
    await expect(rows.first()).toBeVisible();
    const firstRows = await rows.evaluateAll((els) =>
      els
        .map((el) => ({
          top: el.getBoundingClientRect().top,
          cells: [...el.querySelectorAll('[role="cell"]')].map((c) => c.textContent ?? ''),
        }))
        .sort((a, b) => a.top - b.top)
        .slice(0, 4)
        .map((r) => r.cells.slice(0, 2)),
    );
    const byUses = [...tags.hashtags].sort((a, b) => b.uses - a.uses);
    for (const [tag, uses] of firstRows) {
      const t = tags.hashtags.find((h) => `#${h.tag}` === tag);
      expect(t, tag).toBeDefined();
      expect(uses).toBe(en(t!.uses));
    }
    expect(firstRows[0]![1]).toBe(en(byUses[0]!.uses));
    await app.screenshot('engagement-tags-light');

    await page.getByRole('tab', { name: 'Posts & cadence' }).click();
    await expect(page.getByTestId('chart-cadence')).toBeVisible();
    await app.screenshot('engagement-posts-light');
    await page.getByRole('tab', { name: 'Your activity' }).click();
    await expect(page.getByTestId('chart-activity')).toBeVisible();
    await app.screenshot('engagement-activity-light');

    // Dark theme: the same page, read again.
    await page.evaluate(() => localStorage.setItem('followscope.theme', 'dark'));
    await page.reload();
    for (const tab of ['studio', 'timing', 'tags', 'posts', 'activity']) {
      await page.goto(`http://followscope.test/index.html#/engagement?tab=${tab}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expect(page.getByRole('tabpanel').locator('svg').first()).toBeVisible();
      await app.screenshot(`engagement-${tab}-dark`);
    }
    await expect(page.getByTestId('chart-studio-views-365')).toHaveCount(0); // on the activity tab now
    expect(app.blockedRequests).toEqual([]);
  } finally {
    fs.rmSync(files.dir, { recursive: true, force: true });
  }
});
