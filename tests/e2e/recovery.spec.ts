// The page the main process loads after the app's page process died: it says why, and Reload brings the
// app back. Real Chromium on the built renderer (the main process's side is tests/unit/desktop/recovery).
import { expect, test } from './harness/app-fixture';
import { ORIGIN } from './harness/app-fixture';
import { recoveryUrl } from '../../src/main/electron/recovery-url';

test('after a page crash the recovery screen shows the error, and Reload opens the app again', async ({
  app,
}) => {
  const { page } = app;
  await page.goto(recoveryUrl({ reason: 'crashed', exitCode: 139 }, ORIGIN));
  await expect(page.getByTestId('recovery-screen')).toContainText('Followscope needs to reload');
  await expect(page.getByTestId('recovery-screen')).toContainText('The window’s page crashed.');
  await expect(page.getByTestId('recovery-detail')).toHaveText('reason: crashed, exit code 139');
  await app.screenshot('recovery');
  await page.getByTestId('recovery-reload').click();
  await expect(page).toHaveURL(`${ORIGIN}/index.html`);
  await expect(page.getByTestId('welcome')).toBeVisible();
  expect(app.blockedRequests).toEqual([]);
});
