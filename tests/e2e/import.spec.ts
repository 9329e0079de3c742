// The Import page end to end: a generated TikTok export (ZIP) dropped on the page goes through the real
// importer into a real temporary database; the page shows progress, the report with the generator's
// counts, a clear error for a broken file, the editable snapshot date, and deletes the snapshot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateHistory } from '../fixtures/history';
import { writeAccountExport } from '../fixtures/tiktok/export';
import { expect, test } from './harness/app-fixture';

function makeExports() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-import-'));
  const model = generateHistory({
    seed: 7,
    username: 'e2e.creator',
    startFollowers: 3000,
    followingCount: 400,
    snapshots: 1,
    months: 1,
  });
  const zip = path.join(dir, 'tiktok-export.zip');
  writeAccountExport(
    model,
    0,
    { layout: 'B', container: 'zip', activity: { watchHistory: 500, likesGiven: 200 } },
    zip,
  );
  const broken = path.join(dir, 'not-an-export.zip');
  fs.writeFileSync(broken, 'this is not a zip file');
  const truth = model.snapshots[0]!;
  return { dir, zip, broken, truth };
}

test('dropping an export imports it, reports what was read, and the snapshot can be re-dated and deleted', async ({
  app,
}) => {
  const { dir, zip, broken, truth } = makeExports();
  try {
    await app.open();
    const { page } = app;
    await page.getByTestId('nav-imports').click();
    await expect(page.getByTestId('dropzone')).toBeVisible();

    // Record what the page sees while the import runs: progress events and the progress card on screen.
    await page.evaluate(() => {
      const seen = { events: 0, maxBytes: 0, card: false, saveSteps: [] as string[] };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      window.followscope.onEvent((e) => {
        if (e.type !== 'import-progress') return;
        seen.events += 1;
        seen.maxBytes = Math.max(seen.maxBytes, e.bytesRead);
        if (e.saveStep) seen.saveSteps.push(e.saveStep.name);
      });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="import-progress"] [role="progressbar"]')) seen.card = true;
      }).observe(document.body, { subtree: true, childList: true });
    });

    await app.dropFiles('[data-testid="dropzone"]', [zip, broken]);

    const report = page.getByTestId('import-report');
    await expect(report).toHaveCount(1);
    await expect(report).toContainText('tiktok-export.zip');
    await expect(report).toContainText('@e2e.creator');
    await expect(report.getByTestId('count-followers')).toHaveText(
      truth.followers.length.toLocaleString('en-US'),
    );
    await expect(report.getByTestId('count-following')).toHaveText(
      truth.following.length.toLocaleString('en-US'),
    );
    await expect(report.getByTestId('count-posts')).toHaveText(truth.posts.length.toLocaleString('en-US'));
    // The broken file gets its own error naming it; the good one still imported.
    await expect(page.getByTestId('import-error')).toContainText('not-an-export.zip');

    const seen = await page.evaluate(
      () =>
        (
          window as unknown as {
            __seen: { events: number; maxBytes: number; card: boolean; saveSteps: string[] };
          }
        ).__seen,
    );
    expect(seen.events).toBeGreaterThan(0);
    expect(seen.maxBytes).toBeGreaterThan(0);
    expect(seen.card).toBe(true);
    expect(seen.saveSteps).toEqual([
      'sorting',
      'accounts',
      'followers',
      'following',
      'activity',
      'audience',
      'commit',
    ]);

    // The new account is chosen and its snapshot is listed.
    await expect(page.getByTestId('account-switcher')).toContainText('@e2e.creator');
    await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
    await expect(page.getByTestId('snapshot-row')).toContainText(
      truth.followers.length.toLocaleString('en-US'),
    );
    await app.screenshot('imports-report-light');

    // Correct the snapshot date: a date and a time typed in the product's zone (Tokyo here, whatever the
    // machine's), then a plain date, which means midnight there.
    await page.evaluate(() => window.followscope.setTimeZone({ timeZone: 'Asia/Tokyo' }));
    const storedDate = () =>
      page.evaluate(async () => {
        const accounts = await window.followscope.listAccounts({});
        return (await window.followscope.listSnapshots({ accountId: accounts[0]!.id }))[0]!.takenAt;
      });
    await report.getByRole('button', { name: 'Change' }).click();
    await expect(report.getByText('Asia/Tokyo')).toBeVisible();
    await report.getByLabel('Snapshot date').fill('2026-10-15');
    await report.getByLabel('Snapshot time (optional)').fill('12:30');
    await report.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Snapshot date saved.')).toBeVisible();
    expect(await storedDate()).toBe('2026-10-15T03:30:00.000Z');
    await report.getByRole('button', { name: 'Change' }).click();
    await expect(report.getByLabel('Snapshot date')).toHaveValue('2026-10-15');
    await report.getByLabel('Snapshot date').fill('2026-10-20');
    await report.getByLabel('Snapshot time (optional)').fill('');
    await report.getByRole('button', { name: 'Save' }).click();
    await expect.poll(storedDate).toBe('2026-10-19T15:00:00.000Z');

    // The same file again changes nothing and says so.
    await app.dropFiles('[data-testid="dropzone"]', [zip]);
    await expect(page.getByTestId('import-report')).toContainText('nothing changed');
    await expect(page.getByTestId('snapshot-row')).toHaveCount(1);

    // Delete asks first, then hides the snapshot while the toast offers Undo; Undo keeps it.
    await page.getByTestId('snapshot-delete').click();
    await page.getByTestId('snapshot-delete-confirm').click();
    await expect(page.getByTestId('snapshot-row')).toHaveCount(0);
    await page.getByTestId('toast-action').click();
    await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
    const accountId = await page.evaluate(async () => (await window.followscope.listAccounts())[0]!.id);
    const snapshotsLeft = () =>
      page.evaluate(
        async (id) => (await window.followscope.listSnapshots({ accountId: id })).length,
        accountId,
      );
    await page.waitForTimeout(9_000);
    expect(await snapshotsLeft()).toBe(1);
    // Without Undo, the snapshot is deleted once the toast is gone.
    await page.getByTestId('snapshot-delete').click();
    await page.getByTestId('snapshot-delete-confirm').click();
    await expect(page.getByTestId('snapshot-row')).toHaveCount(0);
    await expect.poll(snapshotsLeft, { timeout: 15_000 }).toBe(0);
    expect(app.blockedRequests).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('File → Import… opens the picker and imports what the user chose', async ({ app }) => {
  const { dir, zip, truth } = makeExports();
  try {
    await app.open();
    const { page } = app;
    await expect(page.getByTestId('welcome')).toBeVisible();
    app.nextPickedPaths = [zip];
    await page.evaluate(() => window.__followscopeEmit({ type: 'menu', action: 'import' }));
    await expect(page).toHaveURL(/#\/imports$/);
    await expect(page.getByTestId('import-report').getByTestId('count-followers')).toHaveText(
      truth.followers.length.toLocaleString('en-US'),
    );
    // With an account, the data pages no longer show the welcome screen.
    await page.getByTestId('nav-overview').click();
    await expect(page.getByTestId('welcome')).toHaveCount(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
