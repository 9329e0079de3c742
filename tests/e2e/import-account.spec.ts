// An export whose username is a placeholder ("user") through the Imports page: the service refuses it
// with a typed code, the page asks whose export it is, and the answer imports it under the typed name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shapeNamed } from '../fixtures/shapes';
import { expect, test } from './harness/app-fixture';

test('an export with a placeholder username asks for the account and imports under the typed name', async ({
  app,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-account-'));
  try {
    const { path: file } = shapeNamed('json-placeholders')!.write(dir);
    await app.open();
    const { page } = app;
    await page.getByTestId('nav-imports').click();
    await expect(page.getByTestId('dropzone')).toBeVisible();
    await app.dropFiles('[data-testid="dropzone"]', [file]);

    const prompt = page.getByTestId('account-prompt');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('user_data_tiktok.json');
    // Refused, not imported under the placeholder: no report yet.
    await expect(page.getByTestId('import-report')).toHaveCount(0);

    await prompt.getByLabel('Account name').fill('@named.by.user');
    await prompt.getByRole('button', { name: 'Import for this account' }).click();

    const report = page.getByTestId('import-report');
    await expect(report).toHaveCount(1);
    await expect(report).toContainText('@named.by.user');
    await expect(report.getByTestId('count-followers')).toHaveText('9');
    await expect(prompt).toHaveCount(0);
    const accounts = await page.evaluate(() => window.followscope.listAccounts({}));
    expect(accounts.map((a) => a.username)).toEqual(['named.by.user']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
