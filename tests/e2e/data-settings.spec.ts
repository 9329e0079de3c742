// Settings around the data, as a user does it in real Chromium against the real service: back up the demo,
// remove the demo account (the switcher follows), restore the backup, and be refused a file that is not a
// Followscope database. Usernames in the Audience table open the TikTok profile through the allow-list.
import fs from 'node:fs';
import path from 'node:path';
import { expect, ORIGIN, test } from './harness/app-fixture';

test('back up, remove the demo account, restore it, and refuse a foreign file', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.evaluate(() => window.followscope.loadDemoData({ jobId: 'e2e-data-demo' }));
  await page.goto(`${ORIGIN}/index.html#/settings`);
  const switcher = page.getByTestId('account-switcher');
  await expect(switcher).toBeVisible();
  const rows = page.getByTestId('settings-account');
  await expect(rows).toHaveCount(1);
  const username = (await rows.locator('strong').textContent())!.replace(/^@/, '');

  // Back up to the path the user picks in the save dialog.
  const dir = path.dirname(app.dbPath);
  const backup = path.join(dir, 'picked-backup.db');
  app.nextPickedPaths = [backup];
  await page.getByTestId('backup-database').click();
  await expect(page.getByTestId('backup-result')).toContainText(`Backed up to ${backup}.`);
  expect(fs.statSync(backup).size).toBeGreaterThan(0);

  // Remove: the confirmation names the account and its snapshots before anything goes.
  await rows.getByTestId('account-remove').click();
  await expect(page.getByTestId('account-remove-what')).toContainText(`Deletes @${username}, its `);
  await expect(page.getByTestId('account-remove-what')).toContainText('snapshot');
  await page.getByTestId('account-remove-confirm').click();
  await expect(page.getByTestId('settings-no-accounts')).toBeVisible();
  await expect(switcher).toHaveCount(0);
  expect(await page.evaluate(() => window.followscope.listAccounts({}))).toEqual([]);

  // A file that is not a Followscope database: one line, nothing changes.
  const foreign = path.join(dir, 'notes.txt');
  fs.writeFileSync(foreign, 'a text file, not a database at all');
  app.nextPickedPaths = [foreign];
  await page.getByTestId('restore-database').click();
  await expect(page.getByTestId('backup-problem')).toHaveText(
    `${foreign}: not an SQLite file, not a Followscope database. Nothing was changed.`,
  );
  await expect(page.getByTestId('settings-no-accounts')).toBeVisible();

  // Restore the backup: the account is back, in the list and in the switcher.
  app.nextPickedPaths = [backup];
  await page.getByTestId('restore-database').click();
  await expect(page.getByTestId('backup-result')).toContainText(`Restored ${backup}.`);
  await expect(page.getByTestId('backup-problem')).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  await expect(switcher).toContainText(`@${username}`);
  const kept = (await page.getByTestId('backup-result').textContent())!.match(/kept in (.+)\.$/)?.[1];
  expect(kept && fs.existsSync(kept)).toBe(true);
  expect(app.blockedRequests).toEqual([]);
});

test('a username in the Audience table opens its TikTok profile through the allow-list', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.evaluate(() => window.followscope.loadDemoData({ jobId: 'e2e-profile-demo' }));
  await page.goto(`${ORIGIN}/index.html#/audience`);
  const link = page.getByTestId('profile-link').first();
  await expect(link).toBeVisible();
  const name = (await link.textContent())!.replace(/^@/, '');
  await link.click();
  await expect.poll(() => app.openedUrls).toEqual([`https://www.tiktok.com/@${encodeURIComponent(name)}`]);
  await expect(page.getByTestId('content')).toHaveAttribute('data-page', 'audience');
  expect(app.blockedRequests).toEqual([]);
});
