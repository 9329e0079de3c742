// The shell in real Chromium against the real service on a temporary database: pages, navigation,
// the welcome screen, app info from the service, theme switching, and bad calls answered as data.
import Database from 'better-sqlite3';
import { expect, test } from './harness/app-fixture';

const sidebarPages = [
  ['overview', 'Overview'],
  ['growth', 'Growth'],
  ['audience', 'Audience'],
  ['engagement', 'Engagement'],
  ['suggestions', 'Suggestions'],
  ['tips', 'Tips'],
  ['guide', 'Guide'],
  ['imports', 'Imports'],
  ['settings', 'Settings'],
] as const;

function schemaVersionOf(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

test('the shell renders and every sidebar page has its own URL', async ({ app }) => {
  await app.open();
  const { page } = app;
  await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
  for (const [id, label] of sidebarPages) {
    await page.getByTestId(`nav-${id}`).click();
    await expect(page).toHaveURL(new RegExp(`#/${id}$`));
    await expect(page.getByTestId(`nav-${id}`)).toHaveAttribute('aria-current', 'page');
    // Pages that need an account show the welcome screen until the first import; the others show themselves.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(
      ['guide', 'imports', 'settings'].includes(id) ? label : 'Welcome to Followscope',
    );
  }
  // A URL typed directly (or from a test) lands on its page; back goes where the user was.
  await page.goto(`${page.url().split('#')[0]}#/imports`);
  await expect(page.getByTestId('page-imports')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('page-settings')).toBeVisible();
  expect(app.blockedRequests).toEqual([]);
});

test('with no account yet, the welcome screen invites the first import', async ({ app }) => {
  await app.open();
  const { page } = app;
  await expect(page.getByTestId('welcome')).toBeVisible();
  // Three steps; the first says how to request each platform's export.
  await expect(page.getByTestId('export-steps').locator(':scope > li')).toHaveCount(3);
  await expect(page.getByTestId('export-how-to').locator('li')).toHaveCount(3);
  await expect(page.getByTestId('export-steps')).toContainText('Download your data');
  await expect(page.getByTestId('export-steps')).toContainText('Download your information');
  await expect(page.getByTestId('export-steps')).toContainText('Download an archive of your data');
  await expect(page.getByTestId('welcome-demo')).toBeEnabled();
  await expect(page.getByTestId('account-switcher')).toHaveCount(0);
  // "Import your export…" goes to the Import page and opens the picker; a cancelled picker imports nothing.
  app.nextPickedPaths = [];
  await page.getByTestId('welcome-import').click();
  await expect(page).toHaveURL(/#\/imports$/);
  await expect(page.getByTestId('dropzone')).toBeVisible();
  await expect(page.getByTestId('import-report')).toHaveCount(0);
});

test('Settings shows what the service reports about this installation', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('app-db-path')).toHaveText(app.dbPath);
  await expect(page.getByTestId('app-schema')).toHaveText(String(schemaVersionOf(app.dbPath)));
  await expect(page.getByTestId('app-version')).toContainText('Followscope');
  await expect(page.getByTestId('app-host')).toContainText('In this process');
  await expect(page.getByTestId('privacy-promise')).toContainText('offline');
  expect(app.blockedRequests).toEqual([]);
});

test('the theme follows the system until Settings overrides it', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  const { page } = app;
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('theme-dark').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // The override survives a reload; "System" hands control back.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-system').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(245, 246, 248)');
});

test('a bad call from the page gets a clear { ok: false }, never a crash', async ({ app }) => {
  await app.open();
  const { page } = app;
  const unknown = await page.evaluate(() => window.__followscopeInvoke('nope', {}));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  const badInput = await page.evaluate(() =>
    window.__followscopeInvoke('listSnapshots', { accountId: 'seven' }),
  );
  expect(badInput).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  const extraKey = await page.evaluate(() => window.__followscopeInvoke('appInfo', { sneaky: true }));
  expect(extraKey).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  // The app keeps working afterwards.
  const info = await page.evaluate(() => window.__followscopeInvoke('appInfo', {}));
  expect(info).toMatchObject({ ok: true, value: { databasePath: app.dbPath } });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the shell in the ${scheme} theme`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: scheme });
    await app.open();
    const { page } = app;
    await expect(page.getByTestId('welcome')).toBeVisible();
    await app.screenshot(`shell-welcome-${scheme}`);
    await page.getByTestId('nav-imports').click();
    await expect(page.getByTestId('dropzone')).toBeVisible();
    await app.screenshot(`imports-empty-${scheme}`);
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('app-db-path')).toBeVisible();
    await app.screenshot(`settings-${scheme}`);
    await page.getByTestId('nav-guide').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guide');
    await app.screenshot(`guide-${scheme}`);
    expect(app.blockedRequests).toEqual([]);
  });
}
