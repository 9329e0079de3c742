// What every page check looks at, shared by the page tours (demo data, empty database, each platform):
// open a page and wait for its data and charts, axe-core's serious and critical findings, and what does
// not fit the window.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { PageId } from '../../../src/renderer/src/app/router';
import { ORIGIN } from './app-fixture';

/** The window's minimum size and a full-HD screen. */
export const SIZES = [
  { name: '960x600', width: 960, height: 600 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const satisfies readonly { name: string; width: number; height: number }[];
/**
 * A common laptop width and a 4K screen, checked for fit (no screenshots, no axe: contrast and structure
 * do not change with the width) on the pages with the most side-by-side parts, to keep the suite quick.
 */
const MORE_SIZES = [
  { name: '1360x860', width: 1360, height: 860 },
  { name: '3840x2160', width: 3840, height: 2160 },
] as const satisfies readonly { name: string; width: number; height: number }[];
const MORE_SIZES_PAGES: readonly PageId[] = ['overview', 'audience', 'growth', 'suggestions'];
export const THEMES = ['light', 'dark'] as const;

/** The window sizes a page is checked at: the extra widths for those pages, in one theme (fit is the same in both). */
export const sizesFor = (id: PageId, theme: (typeof THEMES)[number]) =>
  MORE_SIZES_PAGES.includes(id) && theme === 'light' ? [...SIZES, ...MORE_SIZES] : SIZES;
/** Screenshots at the window's minimum and at full HD only: 4K ones are large and add nothing to look at. */
export const screenshotted = (size: { name: string }) => SIZES.some((s) => s.name === size.name);

export interface Problem {
  where: string;
  what: string;
}

/**
 * The page on screen. Pages visited before stay in the document, hidden (app/KeptPages): a locator for
 * something several pages show (a goal card, a platform note, a card title) is scoped to this one.
 */
export const shownPage = (page: Page) => page.locator('[data-kept-page]:not([inert])');

/** Opens a page and waits until its code, its data and its charts are on screen. */
export async function visit(page: Page, id: PageId) {
  await page.goto(`${ORIGIN}/index.html#/${id}`);
  await expect(page.getByTestId('content')).toHaveAttribute('data-page', id);
  await expect(page.locator('[aria-busy="true"]').filter({ visible: true })).toHaveCount(0);
  // Charts below the window draw when the browser is idle: wait for all of them.
  await expect(shownPage(page).locator('[data-chart-pending]')).toHaveCount(0);
  // recharts lays out after a ResizeObserver tick.
  await page.waitForTimeout(200);
}

export async function axeProblems(page: Page, where: string): Promise<Problem[]> {
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
export async function layoutProblems(page: Page, where: string): Promise<Problem[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    // What is on screen: the pages kept hidden are not (their turn comes when they are shown).
    const shown = (el: Element) => el.checkVisibility();
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      out.push(`page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    for (const list of [...document.querySelectorAll<HTMLElement>('[role="tablist"]')].filter(shown)) {
      const tops = new Set([...list.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => t.offsetTop));
      for (const tab of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
        if (tab.getBoundingClientRect().height > 44) out.push(`tab "${tab.textContent}" wraps its label`);
      }
      if (tops.size > 1)
        out.push(`tab bar "${list.getAttribute('aria-label') ?? ''}" wraps onto ${tops.size} lines`);
      // A strip that scrolls or is cut off hides tabs: the ones that do not fit belong in its More menu.
      if (list.scrollWidth > list.clientWidth + 1)
        out.push(
          `tab bar "${list.getAttribute('aria-label') ?? ''}" is cut off (${list.scrollWidth} > ${list.clientWidth} px)`,
        );
    }
    for (const input of [
      ...document.querySelectorAll<HTMLInputElement>('input[type="search"], input[type="text"]'),
    ].filter(shown)) {
      const width = input.getBoundingClientRect().width;
      if (width > 0 && width < 120)
        out.push(
          `input "${input.getAttribute('aria-label') ?? input.placeholder}" is ${Math.round(width)} px wide`,
        );
    }
    for (const table of [...document.querySelectorAll<HTMLElement>('[role="table"]')].filter(shown)) {
      const head = table.querySelector<HTMLElement>('[role="row"]');
      if (head && head.scrollWidth > head.clientWidth + 1)
        out.push(`table "${table.getAttribute('aria-label') ?? ''}" is cut off at the right`);
    }
    // A column header says what the column is: it must be read whole, sort arrow included.
    // Measured over the label's contents: a right-aligned header spills to the left, where scrollWidth
    // does not see it.
    const contentWidth = (el: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().width;
    };
    for (const head of [...document.querySelectorAll<HTMLElement>('[role="columnheader"]')].filter(shown)) {
      const label = head.querySelector<HTMLElement>('button') ?? head;
      const room =
        label.clientWidth - (label === head ? parseFloat(getComputedStyle(head).paddingLeft) * 2 : 0);
      if (contentWidth(label) > room + 1) out.push(`column header "${head.textContent ?? ''}" is cut off`);
    }
    // Text cut off in a table cell must end in "…" and carry its full text in a title.
    for (const cell of [...document.querySelectorAll<HTMLElement>('.table-cell')].filter(shown)) {
      if (cell.scrollWidth > cell.clientWidth + 1)
        out.push(`"${(cell.textContent ?? '').slice(0, 40)}" runs past its table cell`);
      for (const el of cell.querySelectorAll<HTMLElement>('a, span, input')) {
        if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
        const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
        // A number cut short reads as another number: numbers (right-aligned) are never shortened.
        if (cell.classList.contains('right')) out.push(`number "${text.slice(0, 40)}" is cut short`);
        else if (getComputedStyle(el).textOverflow !== 'ellipsis' || !el.closest('[title]'))
          out.push(`"${text.slice(0, 40)}" is cut off in its table cell without "…" and a title`);
      }
    }
    for (const value of [...document.querySelectorAll<HTMLElement>('.kpi-value')].filter(shown)) {
      if (value.scrollWidth > value.clientWidth + 1)
        out.push(`KPI "${value.textContent}" overflows its card`);
    }
    return out;
  });
  return found.map((what) => ({ where, what }));
}

/**
 * Chooses a tab by its name as a person would: on the strip if it is there, else through the strip's
 * "More" menu (where the tabs that do not fit the window are).
 */
export async function chooseTab(page: Page, name: string | RegExp) {
  const onStrip = page.getByRole('tab', { name });
  if ((await onStrip.count()) > 0) return onStrip.click();
  await page.getByRole('button', { name: /^More / }).click();
  await page.getByRole('menu').getByRole('menuitem', { name }).click();
}

export const report = (problems: Problem[]) => problems.map((p) => `${p.where}: ${p.what}`).join('\n');
