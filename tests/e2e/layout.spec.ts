// Every window size and every chart saved whole, on the demo data: a tab strip with more tabs than room
// stays on one line and lists the rest in a "More" menu that works from the keyboard; a figure of two
// panels on one time axis saves as SVG and PNG with both panels, the shared axis, the legends and its
// title, not its top panel alone.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, test } from './harness/app-fixture';
import { axeProblems, chooseTab, layoutProblems, shownPage, visit } from './harness/page-checks';

async function loadDemo(page: Page) {
  await page.evaluate(() => window.followscope.loadDemoData({ jobId: 'e2e-layout-demo' }));
}

/** What a saved SVG figure holds: its size, its top-level parts' boxes and every text in it. */
async function parseFigure(page: Page, markup: string) {
  return page.evaluate((markup) => {
    const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    const num = (el: Element, name: string) => Number(el.getAttribute(name));
    return {
      height: num(root, 'height'),
      parts: [...root.children]
        .filter((el) => el.localName === 'svg')
        .map((el) => ({ y: num(el, 'y'), height: num(el, 'height') })),
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, markup);
}

/** A PNG's size in pixels, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('a tab strip never wraps or scrolls: what does not fit is in a More menu, by keyboard', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await loadDemo(page);
  await page.setViewportSize({ width: 960, height: 600 });
  await visit(page, 'audience');
  const strip = page.getByRole('tablist', { name: 'Audience lists' });
  const more = page.getByRole('button', { name: /^More audience lists/ });
  const allTabs = 6;

  // At the window's minimum some tabs are in the menu; the strip and the menu hold every tab once.
  await expect(more).toBeVisible();
  const onStrip = await strip.getByRole('tab').count();
  expect(onStrip).toBeGreaterThan(1);
  expect(onStrip).toBeLessThan(allTabs);
  await expect(more).toHaveText(new RegExp(`^${allTabs - onStrip} more`));
  expect(await layoutProblems(page, 'audience 960')).toEqual([]);

  // Keyboard: ↓ opens the menu on its first item, ↓ moves, Enter picks; the picked tab joins the strip,
  // selected, and focus goes back to the More button.
  await more.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  expect(await axeProblems(page, 'audience, More menu open')).toEqual([]);
  const count = await items.count();
  await page.keyboard.press('ArrowDown');
  const picked = (await items.nth(count > 1 ? 1 : 0).textContent())!;
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(strip.getByRole('tab', { selected: true })).toHaveText(picked);
  await expect(shownPage(page).locator('.card-header h2').first()).toHaveText(picked.replace(/ [\d,]+$/, ''));
  await expect(more).toBeFocused();

  // Escape closes the menu and keeps the tab; a click elsewhere closes it too.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(strip.getByRole('tab', { selected: true })).toHaveText(picked);
  await more.click();
  await expect(menu).toBeVisible();
  await page.getByRole('heading', { name: 'Audience', level: 1 }).click();
  await expect(menu).toHaveCount(0);

  // Every list fits the window's minimum: its headers whole, its names ending in "…" when too long.
  for (const name of ['Mutuals', 'Fans not followed back', 'Not following back', 'Unfollowers']) {
    await chooseTab(page, new RegExp(`^${name}`));
    await expect(shownPage(page).locator('.card-header h2').first()).toHaveText(name);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await layoutProblems(page, `audience ${name} 960`)).toEqual([]);
  }

  // Wide windows show every tab, no menu.
  for (const width of [1920, 3840]) {
    await page.setViewportSize({ width, height: 1080 });
    await expect(more).toHaveCount(0);
    await expect(strip.getByRole('tab')).toHaveCount(allTabs);
    expect(await layoutProblems(page, `audience ${width}`)).toEqual([]);
  }
});

test('a two-panel figure saves whole: both panels, the shared axis, the legends and the title', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await loadDemo(page);
  await page.setViewportSize({ width: 1360, height: 860 });
  await page.goto(`${page.url().split('#')[0]}#/engagement?tab=posts`);
  const chart = page.getByTestId('chart-cadence');
  const surfaces = chart.locator('.recharts-wrapper > svg');
  await expect(surfaces).toHaveCount(2);
  await expect(page.locator('[data-chart-pending]')).toHaveCount(0);

  // What is on screen: each panel's series color and the shared axis' first date.
  const onScreen = await chart.evaluate((card) => {
    const [top, bottom] = [...card.querySelectorAll('.recharts-wrapper')];
    const bar = top!.querySelector('.recharts-bar-rectangle path')!;
    const line = bottom!.querySelector('.recharts-line-curve')!;
    const area = card.querySelector('.chart-frame-body')!.getBoundingClientRect();
    return {
      barFill: getComputedStyle(bar).fill,
      lineStroke: getComputedStyle(line).stroke,
      firstTick: bottom!.querySelector('.recharts-xAxis-tick-labels text')!.textContent!,
      topTicks: top!.querySelectorAll('.recharts-xAxis-tick-labels text').length,
      area: { width: area.width, height: area.height },
    };
  });
  expect(onScreen.barFill).not.toBe(onScreen.lineStroke);
  expect(onScreen.topTicks).toBe(0); // the time axis is drawn once, under the bottom panel

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /as SVG/ }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('cadence-vs-followers.svg');
  const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg).not.toContain('class=');
  const figure = await parseFigure(page, svg);
  // The figure holds both panels' surfaces, stacked: the second one below the first.
  const panels = figure.parts.filter((p) => p.height > 60);
  expect(panels).toHaveLength(2);
  expect(panels[1]!.y).toBeGreaterThanOrEqual(panels[0]!.y + panels[0]!.height - 1);
  // Both panels' series, the shared axis, both legends and the title.
  expect(svg).toContain(`fill:${onScreen.barFill}`);
  expect(svg).toContain(`stroke:${onScreen.lineStroke}`);
  expect(figure.texts).toContain(onScreen.firstTick);
  expect(figure.texts).toContain('Posts');
  expect(figure.texts).toContain('New followers');
  expect(figure.texts).toContain('Posting cadence and new followers');
  expect(figure.height).toBeGreaterThan(onScreen.area.height);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOT_DIR, 'export-cadence.svg'), svg);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /as PNG/ }).click(),
  ]);
  const png = fs.readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  fs.writeFileSync(path.join(SCREENSHOT_DIR, 'export-cadence.png'), png);
  // Drawn at 2×: as wide as the chart area and taller than both panels with their axis.
  const size = pngSize(png);
  expect(size.width).toBe(Math.round(onScreen.area.width) * 2);
  expect(size.height).toBe(figure.height * 2);
  expect(size.height).toBeGreaterThan(onScreen.area.height * 2);
  expect(app.blockedRequests).toEqual([]);
});

test('the followers and following figure saves both panels with their labels', async ({ app }) => {
  const { page } = app;
  await app.open();
  await loadDemo(page);
  await visit(page, 'overview');
  const chart = page.getByTestId('chart-followers-following');
  await expect(chart.locator('.recharts-wrapper > svg')).toHaveCount(2);
  const strokes = await chart
    .locator('.recharts-line-curve')
    .evaluateAll((lines) => lines.map((l) => getComputedStyle(l).stroke));
  expect(strokes).toHaveLength(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /as SVG/ }).click(),
  ]);
  const svg = fs.readFileSync((await download.path())!, 'utf8');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOT_DIR, 'export-followers-following.svg'), svg);
  for (const stroke of strokes) expect(svg).toContain(`stroke:${stroke}`);
  const figure = await parseFigure(page, svg);
  expect(figure.parts.filter((p) => p.height > 60)).toHaveLength(2);
  expect(figure.texts).toContain('Followers');
  expect(figure.texts).toContain('Following');
  // The note that says each panel has its own scale goes with them.
  expect(figure.texts.join(' ')).toContain('own scale');
});

/** Whether tick labels read as one round scale: one number style, equal steps of 1, 2, 2.5 or 5 × 10^k. */
function roundScaleProblem(labels: string[]): string | null {
  const compact = labels.filter((l) => /[KM]$/.test(l));
  if (compact.length > 0 && compact.length < labels.filter((l) => l !== '0').length)
    return `mixes number styles: ${labels.join(', ')}`;
  const unit = (l: string) => (l.endsWith('M') ? 1e6 : l.endsWith('K') ? 1e3 : 1);
  const values = labels.map((l) => Number(l.replace(/[,KM]/g, '').replace('−', '-')) * unit(l));
  if (values.some((v) => !Number.isFinite(v))) return `unreadable ticks: ${labels.join(', ')}`;
  const step = values[1]! - values[0]!;
  if (values.some((v, i) => i > 0 && Math.abs(v - values[i - 1]! - step) > 1e-9 * Math.abs(step)))
    return `uneven ticks: ${labels.join(', ')}`;
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  if (![1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-9)) return `step ${step} is not round`;
  return null;
}

test('each panel of a two-panel figure ticks on round numbers in one number style', async ({ app }) => {
  const { page } = app;
  await app.open();
  await loadDemo(page);
  await page.setViewportSize({ width: 960, height: 600 });
  await page.goto(`${page.url().split('#')[0]}#/engagement?tab=posts`);
  await expect(page.locator('[data-chart-pending]')).toHaveCount(0);
  for (const testId of ['chart-cadence', 'chart-likes-across-exports']) {
    const chart = page.getByTestId(testId);
    await expect(chart.locator('.recharts-wrapper > svg')).toHaveCount(2);
    const panels = await chart.evaluate((card) =>
      [...card.querySelectorAll('.recharts-wrapper')].map((panel) =>
        [...panel.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.textContent ?? ''),
      ),
    );
    expect(panels).toHaveLength(2);
    for (const labels of panels) {
      expect(labels.length, `${testId}: ${labels.join(', ')}`).toBeGreaterThanOrEqual(2);
      // Bars and weekly counts are read from 0.
      expect(labels[0]).toBe('0');
      expect(roundScaleProblem(labels), `${testId}: ${labels.join(', ')}`).toBeNull();
    }
  }
});
