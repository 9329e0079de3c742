// Pages visited before stay in the document, hidden, so going back to one is a flip of visibility. A
// hidden page must be out of sight, out of the tab order and out of what screen readers and axe read;
// going back shows the same drawing, not a new one; and a write made while it was hidden shows when it
// is shown again, without the page having been asked again in the background.
import { expect, test } from './harness/app-fixture';
import { axeProblems, visit } from './harness/page-checks';

test('a page visited before stays hidden from sight, focus and screen readers, comes back as drawn, and shows a write made meanwhile', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();
  const [report] = await page.evaluate(() => window.followscope.loadDemoData({ jobId: 'e2e-kept' }));
  const accountId = report!.accountId;

  await visit(page, 'tips');
  const { tips } = await page.evaluate((id) => window.followscope.tips({ accountId: id }), accountId);
  const tip = tips.find((t) => t.status === 'active')!;
  const tipCard = page.getByTestId(`tip-${tip.id}`);
  await expect(tipCard).toBeVisible();

  // A mark on the drawn chart tells a flip of visibility from a new drawing (a new element).
  await visit(page, 'growth');
  const followersChart = page.getByTestId('chart-followers').locator('svg.recharts-surface').first();
  await followersChart.evaluate((svg) => ((svg as unknown as { drawnBefore: boolean }).drawnBefore = true));

  await visit(page, 'overview');
  const hiddenGrowth = page.locator('[data-kept-page="growth"]');
  await expect(hiddenGrowth).toHaveAttribute('inert', '');
  await expect(page.getByTestId('page-growth')).toBeHidden();
  await expect(page.getByTestId('page-overview')).toBeVisible();
  // Not in the accessibility tree: its heading is not found by role, the shown page's is.
  await expect(page.getByRole('heading', { level: 1, name: 'Growth' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toHaveCount(1);
  // Out of the tab order: a control inside it cannot take focus.
  const focused = await hiddenGrowth
    .locator('button')
    .first()
    .evaluate((button) => {
      (button as HTMLButtonElement).focus();
      return document.activeElement === button;
    });
  expect(focused).toBe(false);
  // The hidden pages take no room: the document is as tall as the page shown.
  const heights = await page.evaluate(() => ({
    document: document.documentElement.scrollHeight,
    shownBottom:
      document.querySelector('[data-kept-page]:not([inert])')!.getBoundingClientRect().bottom +
      window.scrollY,
    window: window.innerHeight,
  }));
  expect(heights.document).toBeLessThanOrEqual(Math.max(heights.window, Math.ceil(heights.shownBottom)));
  expect(await axeProblems(page, 'overview, growth and tips kept hidden')).toEqual([]);

  // A write while Tips is hidden (the tip dismissed, as its button would). The page on screen refreshes;
  // the hidden Tips page is not asked again in the background, so it still holds the tip.
  await page.evaluate(
    ({ accountId, tipId }) => window.followscope.setTipState({ accountId, tipId, state: 'dismissed' }),
    { accountId, tipId: tip.id },
  );
  await page.waitForTimeout(1000);
  await expect(tipCard).toHaveCount(1);
  await expect(tipCard).toBeHidden();

  // Shown again: the same drawing (nothing redrawn) and, on Tips, the write.
  await visit(page, 'growth');
  await expect(page.getByTestId('page-growth')).toBeVisible();
  expect(
    await followersChart.evaluate((svg) => (svg as unknown as { drawnBefore?: boolean }).drawnBefore),
  ).toBe(true);
  await visit(page, 'tips');
  await expect(tipCard).toHaveCount(0);
});
