// Instagram and X end to end: generated exports imported through the Imports page (an Instagram ZIP
// without personal information, which asks whose it is; an Instagram folder; an X ZIP), and every page
// shown for an Instagram account and for an X account in both themes: no console errors, axe finds
// nothing serious or critical, nothing spills at 960×600 or 1920×1080 (Instagram's busiest pages also at 1360 and 3840 px wide), and each page says what the
// platform's export cannot have instead of drawing it empty. Screenshots go to tests/e2e/screenshots/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pageIds, type PageId } from '../../src/renderer/src/app/router';
import { generateHistory } from '../fixtures/history';
import { writeInstagramExport } from '../fixtures/instagram/export';
import { writeXArchive } from '../fixtures/x/archive';
import { expect, test, type AppHarness } from './harness/app-fixture';
import {
  axeProblems,
  chooseTab,
  layoutProblems,
  report,
  screenshotted,
  shownPage,
  SIZES,
  sizesFor,
  THEMES,
  visit,
  type Problem,
} from './harness/page-checks';

const IG_USER = 'ig.creator';
const X_USER = 'x.creator';
const history = (seed: number, username: string) =>
  generateHistory({ seed, username, startFollowers: 240, followingCount: 120, snapshots: 2, months: 6 });

function makeExports() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-platforms-'));
  const ig = history(21, IG_USER);
  const x = history(22, X_USER);
  return {
    dir,
    // The first Instagram export leaves out "Personal information": it does not name the account.
    igZip: writeInstagramExport(
      ig,
      0,
      { shape: '2025', format: 'json', container: 'zip', personalInfo: false },
      path.join(dir, 'instagram-first.zip'),
    ),
    igFolder: writeInstagramExport(
      ig,
      1,
      { shape: '2026', format: 'json', container: 'folder', nested: true },
      path.join(dir, 'instagram-second'),
    ),
    xZips: [0, 1].map((i) => writeXArchive(x, i, { container: 'zip' }, path.join(dir, `x-${i}.zip`))),
  };
}

test('an Instagram ZIP, an Instagram folder and an X ZIP import through the Imports page', async ({
  app,
}) => {
  const made = makeExports();
  try {
    await app.open();
    const { page } = app;
    await page.getByTestId('nav-imports').click();
    await expect(page.getByTestId('export-how-to')).toContainText('Download your information');
    await expect(page.getByTestId('export-how-to')).toContainText('All time');
    await expect(page.getByTestId('export-how-to')).toContainText('Download an archive of your data');

    // No username in the export and no Instagram account yet: the page asks whose export it is.
    await app.dropFiles('[data-testid="dropzone"]', [made.igZip.path]);
    const prompt = page.getByTestId('account-prompt');
    await expect(prompt).toContainText('instagram-first.zip');
    await expect(page.getByTestId('import-report')).toHaveCount(0);
    await prompt.getByLabel('Account name').fill(`@${IG_USER}`);
    await prompt.getByRole('button', { name: 'Import for this account' }).click();
    const reportCard = page.getByTestId('import-report');
    await expect(reportCard).toHaveCount(1);
    await expect(reportCard).toContainText(`@${IG_USER}`);
    await expect(reportCard.getByTestId('count-followers')).toHaveText(
      String(made.igZip.lists.followers.length),
    );
    await expect(reportCard.getByText('Instagram', { exact: true })).toBeVisible();

    // The second export as an unzipped folder, through the folder picker.
    app.nextPickedPaths = [made.igFolder.path];
    await page.getByTestId('choose-folder').click();
    await expect(reportCard.getByTestId('count-followers')).toHaveText(
      String(made.igFolder.lists.followers.length),
    );
    await expect(reportCard).toContainText(`@${IG_USER}`);

    await app.dropFiles('[data-testid="dropzone"]', [made.xZips[0]!.path]);
    await expect(reportCard).toContainText(`@${X_USER}`);
    // The report names the platform the export came from.
    await expect(reportCard.getByText('X', { exact: true })).toBeVisible();
    await expect(reportCard.getByTestId('count-followers')).toHaveText(
      String(made.xZips[0]!.ids.followers.length),
    );

    const accounts = await page.evaluate(() => window.followscope.listAccounts({}));
    expect(accounts.map((a) => [a.platform, a.username, a.snapshotCount]).sort()).toEqual([
      ['instagram', IG_USER, 2],
      ['x', X_USER, 1],
    ]);
    // The picker names each account's platform.
    await expect(page.getByTestId('account-switcher')).toContainText('Instagram');
    await expect(page.getByTestId('account-switcher')).toContainText('X');
  } finally {
    fs.rmSync(made.dir, { recursive: true, force: true });
  }
});

// The gallery is the component catalogue, not a page about the account.
const PAGES = pageIds.filter((id): id is Exclude<PageId, 'gallery'> => id !== 'gallery');

/** Console errors and uncaught exceptions from here on. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function chooseAccount(page: Page, username: string) {
  const switcher = page.getByTestId('account-switcher');
  const value = await switcher.locator('option', { hasText: `@${username}` }).getAttribute('value');
  await switcher.selectOption(value!);
}

/** What each page must say (or not show) for the account's platform. */
async function platformChecks(
  theme: string,
  page: Page,
  platform: 'instagram' | 'x',
  id: PageId,
  app: Pick<AppHarness, 'openedUrls' | 'screenshot'>,
  /** The accounts Instagram lists as the most recently unfollowed in the newest export. */
  unfollowedByYou: string[],
) {
  const content = page.getByTestId('content');
  // Several pages carry a platform note and profile links; those of pages visited before are hidden.
  const shown = shownPage(page);
  if (id === 'engagement') {
    await expect(shown.getByTestId('platform-note')).toContainText(
      platform === 'x' ? "X's archive" : "Instagram's followers and following download has no posts",
    );
  }
  if (id === 'guide' || id === 'tips') await expect(content).not.toContainText('TikTok');
  if (platform === 'x' && id === 'overview') {
    await expect(page.getByTestId('kpi-new-7d')).toHaveCount(0);
    await expect(shown.getByTestId('platform-note')).toContainText('without dates');
  }
  if (platform === 'x' && id === 'growth') {
    await expect(shown.getByTestId('platform-note').first()).toContainText('without dates');
    await expect(page.getByTestId('chart-new-follows')).toHaveCount(0);
  }
  if (id === 'audience') {
    const ownTab = page.getByRole('tab', { name: 'Unfollowed by you' });
    const link = shown.getByTestId('profile-link').first();
    await expect(link).toBeVisible();
    if (platform === 'x') {
      await expect(ownTab).toHaveCount(0);
      // Nor among the tabs that did not fit the strip.
      const more = page.getByRole('button', { name: /^More / });
      if ((await more.count()) > 0) {
        await more.click();
        await expect(page.getByRole('menuitem', { name: 'Unfollowed by you' })).toHaveCount(0);
        await page.keyboard.press('Escape');
      }
      // X lists show the account id, linked to X's profile page for that id.
      await expect(link).toHaveText(/^id \d+$/);
      await link.click();
      expect(app.openedUrls.at(-1)).toMatch(/^https:\/\/x\.com\/i\/user\/\d+$/);
    } else {
      await link.click();
      expect(app.openedUrls.at(-1)).toMatch(/^https:\/\/www\.instagram\.com\/[^/]+\/$/);
      await chooseTab(page, 'Unfollowed by you');
      const list = page.getByTestId('unfollowed-by-you');
      await expect(list).toBeVisible();
      expect(unfollowedByYou.length).toBeGreaterThan(0);
      expect(unfollowedByYou).toContain(await list.getByTestId('profile-link').first().textContent());
      await app.screenshot(`platforms-instagram-unfollowed-by-you-${theme}`);
    }
  }
}

for (const theme of THEMES) {
  test(`every page for an Instagram and an X account in the ${theme} theme: no console errors, accessible, fits, says what the export lacks`, async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const made = makeExports();
    try {
      const { page } = app;
      const errors = collectErrors(page);
      await page.addInitScript((t) => localStorage.setItem('followscope.theme', t), theme);
      await app.open();
      const paths = [made.igZip.path, made.igFolder.path, ...made.xZips.map((z) => z.path)];
      for (const [i, p] of paths.entries()) {
        await page.evaluate(
          ({ p, i }) =>
            window.followscope.importPaths({
              jobId: `e2e-platforms-${i}`,
              paths: [p],
              ...(i === 0 ? { account: 'ig.creator' } : {}),
            }),
          { p, i },
        );
      }
      // The newest of Instagram's "recently unfollowed" (several may share the second).
      const recent = made.igFolder.lists.recentlyUnfollowed;
      const newestAt = Math.max(...recent.map((r) => Math.floor(r.followedAtMs / 1000)));
      const unfollowedByYou = recent
        .filter((r) => Math.floor(r.followedAtMs / 1000) === newestAt)
        .map((r) => `@${r.username}`);
      const problems: Problem[] = [];
      for (const [platform, username] of [
        ['instagram', IG_USER],
        ['x', X_USER],
      ] as const) {
        await chooseAccount(page, username);
        for (const id of PAGES) {
          await page.setViewportSize(SIZES[0]);
          await visit(page, id);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          problems.push(...(await axeProblems(page, `${id} (${platform}, ${theme})`)));
          for (const size of platform === 'instagram' ? sizesFor(id, theme) : SIZES) {
            await page.setViewportSize(size);
            await page.waitForTimeout(200);
            problems.push(...(await layoutProblems(page, `${id} (${platform}, ${theme}, ${size.name})`)));
            if (screenshotted(size))
              await app.screenshot(`platforms-${platform}-${id}-${theme}-${size.name}`);
          }
          await platformChecks(theme, page, platform, id, app, unfollowedByYou);
        }
      }
      expect(problems, report(problems)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      fs.rmSync(made.dir, { recursive: true, force: true });
    }
  });
}
