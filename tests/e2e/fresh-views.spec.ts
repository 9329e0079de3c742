// A write on one page shows on every other page without a reload: the pages read a shared query cache,
// and every write makes the service send `data-changed`, which marks the cached answers stale. Keeps and
// tags a user on Audience after Suggestions was already seen (so its answers sit in the cache), then
// switches back through the sidebar and finds the change there.
import { expect, test } from './harness/app-fixture';

test('keep and tag a user on Audience; Suggestions shows it on the next visit, without a reload', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.open();
  const [report] = await page.evaluate(() => window.followscope.loadDemoData({ jobId: 'e2e-fresh' }));
  const accountId = report!.accountId;
  // Set on the page's window: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  // Suggestions → Review, as the service ranks it now: the first two follows that never followed back.
  await page.getByTestId('nav-suggestions').click();
  await page.getByRole('tab', { name: 'Review' }).click();
  const review = await page.evaluate(
    (id) => window.followscope.suggestions({ accountId: id, list: 'review', limit: 2 }),
    accountId,
  );
  const [kept, tagged] = review.rows.map((r) => r.username);
  const table = page.getByTestId('suggestion-table');
  await expect(table).toContainText(`@${kept!}`);
  await expect(table).toContainText(`@${tagged!}`);
  await expect(page.getByTestId('list-total')).toContainText(
    `${review.total.toLocaleString('en-US')} in total`,
  );

  // Audience → Not following back: keep one, tag the other.
  await page.getByTestId('nav-audience').click();
  await page.getByRole('tab', { name: 'Not following back' }).click();
  const list = page.getByTestId('audience-table-not-following-back');
  const search = list.getByRole('searchbox');
  await search.fill(kept!);
  await list.getByLabel(`Keep @${kept!}`, { exact: true }).check();
  await search.fill(tagged!);
  const tagInput = list.getByLabel(`Add a tag to @${tagged!}`, { exact: true });
  await tagInput.fill('collab-e2e');
  await tagInput.press('Enter');
  await expect(list.locator(`[data-username="${tagged!}"]`)).toContainText('collab-e2e');

  // Back to Suggestions: the kept account left the Review list, the tag is on the other's row.
  await page.getByTestId('nav-suggestions').click();
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByTestId('list-total')).toContainText(
    `${(review.total - 1).toLocaleString('en-US')} in total`,
  );
  await expect(table).not.toContainText(`@${kept!}`);
  // A tag counts as a niche: the row moves down the ranking. Find it among all rows.
  await page.getByRole('button', { name: /^Show all/ }).click();
  await page.getByRole('searchbox', { name: 'Search Review' }).fill(tagged!);
  const row = table.locator('.table-body [role="row"]', { hasText: `@${tagged!}` });
  await expect(row).toContainText('collab-e2e');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
});
