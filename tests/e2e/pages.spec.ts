// Every page as a creator sees it: with the demo data and with an empty database, in both themes, at the
// window's minimum size (960×600) and at 1920×1080. On each: axe-core finds no critical or serious
// accessibility problem, nothing spills sideways, tab bars stay on one line, KPI numbers fit their
// cards, and a full-page screenshot is saved to tests/e2e/screenshots/ for people to look at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pageIds, type PageId } from '../../src/renderer/src/app/router';
import { expect, ORIGIN, test } from './harness/app-fixture';

const SIZES = [
  { name: '960x600', width: 960, height: 600 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const satisfies readonly { name: string; width: number; height: number }[];
const THEMES = ['light', 'dark'] as const;
// While fixing one page: FOLLOWSCOPE_E2E_PAGES=growth,tips npx playwright test tests/e2e/pages.spec.ts
const ONLY = process.env.FOLLOWSCOPE_E2E_PAGES?.split(',');
const PAGES = pageIds.filter((id) => !ONLY || ONLY.includes(id));

interface Problem {
  where: string;
  what: string;
}

/** Opens a page and waits until its code, its data and its charts are on screen. */
async function visit(page: Page, id: PageId) {
  await page.goto(`${ORIGIN}/index.html#/${id}`);
  await expect(page.getByTestId('content')).toHaveAttribute('data-page', id);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Charts below the window draw when the browser is idle: wait for all of them.
  await expect(page.locator('[data-chart-pending]')).toHaveCount(0);
  // recharts lays out after a ResizeObserver tick.
  await page.waitForTimeout(200);
}

async function axeProblems(page: Page, where: string): Promise<Problem[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      where,
      what: `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')} [${n.failureSummary?.split('\n').at(-1)?.trim() ?? ''}]`)
        .join(' | ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : ''}`,
    }));
}

/** What does not fit at this size: sideways scrolling, wrapped tab bars, KPI numbers past their card. */
async function layoutProblems(page: Page, where: string): Promise<Problem[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      out.push(`page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    for (const list of document.querySelectorAll<HTMLElement>('[role="tablist"]')) {
      const tops = new Set([...list.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => t.offsetTop));
      for (const tab of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
        if (tab.getBoundingClientRect().height > 44) out.push(`tab "${tab.textContent}" wraps its label`);
      }
      if (tops.size > 1)
        out.push(`tab bar "${list.getAttribute('aria-label') ?? ''}" wraps onto ${tops.size} lines`);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>(
      'input[type="search"], input[type="text"]',
    )) {
      const width = input.getBoundingClientRect().width;
      if (width > 0 && width < 120)
        out.push(
          `input "${input.getAttribute('aria-label') ?? input.placeholder}" is ${Math.round(width)} px wide`,
        );
    }
    for (const table of document.querySelectorAll<HTMLElement>('[role="table"]')) {
      const head = table.querySelector<HTMLElement>('[role="row"]');
      if (head && head.scrollWidth > head.clientWidth + 1)
        out.push(`table "${table.getAttribute('aria-label') ?? ''}" is cut off at the right`);
    }
    // Text cut off in a table cell must end in "…" and carry its full text in a title.
    for (const cell of document.querySelectorAll<HTMLElement>('.table-cell')) {
      for (const el of cell.querySelectorAll<HTMLElement>('a, span, input')) {
        if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
        const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
        if (getComputedStyle(el).textOverflow !== 'ellipsis' || !el.closest('[title]'))
          out.push(`"${text.slice(0, 40)}" is cut off in its table cell without "…" and a title`);
      }
    }
    for (const value of document.querySelectorAll<HTMLElement>('.kpi-value')) {
      if (value.scrollWidth > value.clientWidth + 1)
        out.push(`KPI "${value.textContent}" overflows its card`);
    }
    return out;
  });
  return found.map((what) => ({ where, what }));
}

const report = (problems: Problem[]) => problems.map((p) => `${p.where}: ${p.what}`).join('\n');

// With no account, every page that needs one shows the same welcome screen: check it once.
const EMPTY_PAGES: readonly PageId[] = ['overview', 'guide', 'imports', 'settings'];

for (const data of ['demo', 'empty'] as const) {
  for (const theme of THEMES) {
    test(`every page with ${data === 'demo' ? 'the demo data' : 'an empty database'} in the ${theme} theme: accessible, fits 960×600 and 1920×1080`, async ({
      app,
    }) => {
      test.setTimeout(420_000);
      const { page } = app;
      await page.addInitScript((t) => localStorage.setItem('followscope.theme', t), theme);
      await app.open();
      if (data === 'demo')
        await page.evaluate(async () => {
          const [report] = await window.followscope.loadDemoData({ jobId: 'e2e-pages-demo' });
          const accountId = report!.accountId;
          // A long note, as people write them: the Audience table must not cut it off unreadably.
          const first = await window.followscope.audienceList({ accountId, list: 'mutuals', limit: 1 });
          await window.followscope.setNote({
            accountId,
            username: first.rows[0]!.username,
            note: 'Met at the ceramics fair in Lyon; asked about a collab on glazing videos next spring',
          });
        });
      const problems: Problem[] = [];
      // Each page loads its data once and is then looked at in every window size.
      for (const id of PAGES.filter((p) => data === 'demo' || EMPTY_PAGES.includes(p))) {
        const started = Date.now();
        await page.setViewportSize(SIZES[0]);
        await visit(page, id);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Contrast and structure do not change with the window size: axe once per page and theme.
        problems.push(...(await axeProblems(page, `${id} (${data}, ${theme})`)));
        for (const size of SIZES) {
          const where = `${id} (${data}, ${theme}, ${size.name})`;
          await page.setViewportSize(size);
          // recharts redraws after its ResizeObserver fires.
          await page.waitForTimeout(200);
          problems.push(...(await layoutProblems(page, where)));
          await app.screenshot(`pages-${data}-${id}-${theme}-${size.name}`);
        }
        if (process.env.FOLLOWSCOPE_E2E_TIMING)
          console.log(`${id} (${data}, ${theme}): ${Date.now() - started} ms`);
      }
      expect(problems, report(problems)).toEqual([]);
    });
  }
}
