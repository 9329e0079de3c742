// Every page as a creator sees it: with the demo data and with an empty database, in both themes, at the
// window's minimum size (960×600) and at 1920×1080 (the busiest pages of the demo also at 1360 and 3840
// px wide). On each: axe-core finds no critical or serious
// accessibility problem, nothing spills sideways, tab bars stay on one line, KPI numbers fit their
// cards, and a full-page screenshot is saved to tests/e2e/screenshots/ for people to look at.
import { pageIds, type PageId } from '../../src/renderer/src/app/router';
import { expect, test } from './harness/app-fixture';
import {
  axeProblems,
  layoutProblems,
  report,
  screenshotted,
  SIZES,
  sizesFor,
  THEMES,
  visit,
  type Problem,
} from './harness/page-checks';

// While fixing one page: FOLLOWSCOPE_E2E_PAGES=growth,tips npx playwright test tests/e2e/pages.spec.ts
const ONLY = process.env.FOLLOWSCOPE_E2E_PAGES?.split(',');
const PAGES = pageIds.filter((id) => !ONLY || ONLY.includes(id));

// With no account, every page that needs one shows the same welcome screen: check it once.
const EMPTY_PAGES: readonly PageId[] = ['overview', 'guide', 'imports', 'settings'];

for (const data of ['demo', 'empty'] as const) {
  for (const theme of THEMES) {
    test(`every page with ${data === 'demo' ? 'the demo data' : 'an empty database'} in the ${theme} theme: accessible, fits 960×600 and 1920×1080`, async ({
      app,
    }) => {
      test.setTimeout(420_000);
      const { page } = app;
      await page.addInitScript((t) => localStorage.setItem('followscope.theme', t), theme);
      await app.open();
      if (data === 'demo')
        await page.evaluate(async () => {
          const [report] = await window.followscope.loadDemoData({ jobId: 'e2e-pages-demo' });
          const accountId = report!.accountId;
          // A long note, as people write them: the Audience table must not cut it off unreadably.
          const first = await window.followscope.audienceList({ accountId, list: 'mutuals', limit: 1 });
          await window.followscope.setNote({
            accountId,
            username: first.rows[0]!.username,
            note: 'Met at the ceramics fair in Lyon; asked about a collab on glazing videos next spring',
          });
        });
      const problems: Problem[] = [];
      // Each page loads its data once and is then looked at in every window size.
      for (const id of PAGES.filter((p) => data === 'demo' || EMPTY_PAGES.includes(p))) {
        const started = Date.now();
        await page.setViewportSize(SIZES[0]);
        await visit(page, id);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Contrast and structure do not change with the window size: axe once per page and theme.
        problems.push(...(await axeProblems(page, `${id} (${data}, ${theme})`)));
        for (const size of data === 'demo' ? sizesFor(id, theme) : SIZES) {
          const where = `${id} (${data}, ${theme}, ${size.name})`;
          await page.setViewportSize(size);
          // recharts redraws after its ResizeObserver fires.
          await page.waitForTimeout(200);
          problems.push(...(await layoutProblems(page, where)));
          if (screenshotted(size)) await app.screenshot(`pages-${data}-${id}-${theme}-${size.name}`);
        }
        if (process.env.FOLLOWSCOPE_E2E_TIMING)
          console.log(`${id} (${data}, ${theme}): ${Date.now() - started} ms`);
      }
      expect(problems, report(problems)).toEqual([]);
    });
  }
}
