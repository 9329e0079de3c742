// Files dropped anywhere in the window are imported: here on the welcome screen of an empty database,
// which the user sees before any import, with a real generated export through the real importer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateHistory } from '../fixtures/history';
import { writeAccountExport } from '../fixtures/tiktok/export';
import { expect, test } from './harness/app-fixture';

test('an export dropped on the welcome screen is imported and its report shown', async ({ app }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-drop-'));
  try {
    const model = generateHistory({
      seed: 11,
      username: 'drop.creator',
      startFollowers: 800,
      followingCount: 120,
      snapshots: 1,
      months: 1,
    });
    const zip = path.join(dir, 'dropped-export.zip');
    writeAccountExport(model, 0, { layout: 'B', container: 'zip' }, zip);

    await app.open();
    const { page } = app;
    await expect(page.getByTestId('welcome')).toBeVisible();
    await app.dropFiles('[data-testid="welcome"]', [zip]);

    await expect(page.getByTestId('content')).toHaveAttribute('data-page', 'imports');
    const report = page.getByTestId('import-report');
    await expect(report).toContainText('dropped-export.zip');
    await expect(report.getByTestId('count-followers')).toHaveText(
      model.snapshots[0]!.followers.length.toLocaleString('en-US'),
    );
    await expect(page.getByTestId('account-switcher')).toContainText('@drop.creator');
    // The drop overlay is gone once the files landed.
    await expect(page.getByTestId('window-drop')).toHaveCount(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
