// The building blocks other pages use, on the component gallery (#/gallery): the data table at a
// million rows (virtualized, sortable, searchable, CSV of the rows shown) and chart export to SVG/PNG.
import fs from 'node:fs';
import { expect, test } from './harness/app-fixture';

test('the data table stays virtualized at a million rows, sorts, searches and exports what it shows', async ({
  app,
}) => {
  await app.open();
  const { page } = app;
  await page.goto(`${page.url().split('#')[0]}#/gallery?rows=1000000`);
  const table = page.getByTestId('gallery-table');
  await expect(table).toContainText('1,000,000 rows', { timeout: 30_000 });
  // Only what is on screen is in the DOM.
  expect(await table.getByRole('row').count()).toBeLessThan(60);

  // Sorted by likes, descending: the first rows hold the largest values, in order.
  const likes = async () =>
    (await table.getByRole('row').locator('.table-cell.right').allTextContents())
      .slice(1)
      .map((t) => Number(t.replace(/\D/g, '')));
  const top = await likes();
  expect(top.length).toBeGreaterThan(5);
  expect([...top].sort((a, b) => b - a)).toEqual(top);

  // Scrolling to the end shows the smallest values, still with a handful of DOM rows.
  await table.locator('.table-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(async () => (await likes()).at(-1)).toBe(0);
  expect(await table.getByRole('row').count()).toBeLessThan(60);

  // Re-sort ascending by clicking the header.
  await table.getByRole('button', { name: 'Likes' }).click();
  await expect(table.getByRole('columnheader', { name: 'Likes' })).toHaveAttribute('aria-sort', 'ascending');

  // Search, then export exactly the matching rows.
  const query = 'creator_zz';
  const expected = await page.evaluate((q) => {
    let n = 0;
    for (let i = 0; i < 1_000_000; i++)
      if (`creator_${((i * 7919) % 1_000_003).toString(36)}`.includes(q)) n++;
    return n;
  }, query);
  await table.getByRole('searchbox').fill(query);
  await expect(table).toContainText(`${expected.toLocaleString('en-US')} of 1,000,000`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    table.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Sample-followers.csv');
  const csv = fs
    .readFileSync((await download.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(csv[0]).toBe('Username,Followed,Likes');
  expect(csv.length - 1).toBe(expected);
  expect(csv.slice(1).every((line) => line.startsWith('creator_') && line.includes(query))).toBe(true);
  const csvLikes = csv.slice(1).map((line) => Number(line.split(',')[2]));
  expect([...csvLikes].sort((a, b) => a - b)).toEqual(csvLikes);
});

test('a chart saves as SVG with its colors inlined, and as PNG', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.goto(`${page.url().split('#')[0]}#/gallery`);
  const chart = page.getByTestId('gallery-chart');
  await expect(chart.locator('.recharts-wrapper > svg')).toBeVisible();

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /as SVG/ }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('Followers-and-following.svg');
  const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toMatch(/stroke="#0072b2"|stroke:\s*rgb\(0, 114, 178\)/); // the first series, light theme
  expect(svg).not.toContain('class=');
  expect(svg).toContain('>Followers</text>'); // the HTML legend, carried into the export

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /as PNG/ }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('Followers-and-following.png');
  const png = fs.readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
  expect(app.blockedRequests).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot of the component gallery in the ${scheme} theme`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: scheme });
    await app.open();
    await app.page.goto(`${app.page.url().split('#')[0]}#/gallery?rows=200`);
    await expect(app.page.getByTestId('gallery-chart').locator('.recharts-wrapper > svg')).toBeVisible();
    await app.screenshot(`gallery-${scheme}`);
  });
}
