import { expect, test } from './harness/app-fixture';

test('the page reaches the real service through the bridge', async ({ app }) => {
  await app.open();
  await expect(app.page.getByTestId('info')).toContainText('Followscope 0.1.0 schema');
  expect(app.blockedRequests).toEqual([]);
});
