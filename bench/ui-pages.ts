// The page-switch half of `npm run bench:ui`: the built app in real Chromium, the real service on a
// fresh database holding the bundled demo dataset. For every page, the time from the navigation until
// the page's code and data are in and what is in the window is drawn (no element busy and no chart in
// view waiting, for two frames), on a first visit
// (a freshly loaded app, nothing cached) and on a revisit (after another page), median of a few runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { pageIds, type PageId } from '../src/renderer/src/app/router';
import { createService } from '../src/main/service/service';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from '../tests/e2e/harness/chromium';
import globalSetup, { ROOT } from '../tests/e2e/harness/global-setup';
import { ORIGIN, serveApp } from '../tests/e2e/harness/serve-app';

export const FIRST_VISIT_TARGET_MS = 400;
export const REVISIT_TARGET_MS = 150;
// While working on one page: FOLLOWSCOPE_BENCH_PAGES=growth,engagement FOLLOWSCOPE_BENCH_RUNS=2 npm run bench:ui
export const PAGE_SWITCH_RUNS = Number(process.env.FOLLOWSCOPE_BENCH_RUNS) || 5;
/** The page the app opens on; every other page is measured from it. */
const HOME: PageId = 'overview';
const ONLY = process.env.FOLLOWSCOPE_BENCH_PAGES?.split(',');
const PAGES = pageIds.filter((id) => id !== 'gallery' && (!ONLY || ONLY.includes(id)));

export interface PageTiming {
  page: PageId;
  firstVisitMs: number;
  revisitMs: number;
}

/**
 * Navigates as a sidebar click does and resolves with the ms until the page has settled. Sent as source
 * text: tsx's name-keeping helper does not exist in the page.
 */
function timeVisit(page: Page, id: PageId): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const id = ${JSON.stringify(id)};
    const start = performance.now();
    window.location.hash = '#/' + id;
    let settledFrames = 0;
    const tick = () => {
      const main = document.querySelector('[data-testid="content"]');
      // A chart out of view may still wait (it draws when scrolled near); one in view must be drawn.
      const chartInViewPending = [...document.querySelectorAll('[data-chart-pending]')].some(
        (el) => el.getBoundingClientRect().top < window.innerHeight,
      );
      const settled =
        main?.getAttribute('data-page') === id &&
        document.querySelector('[aria-busy="true"]') === null &&
        !chartInViewPending;
      settledFrames = settled ? settledFrames + 1 : 0;
      // Two settled frames in a row: the page painted what it had and asked for nothing more.
      if (settledFrames >= 2) resolve(performance.now() - start);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export async function measurePageSwitches(): Promise<PageTiming[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  await globalSetup();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-bench-ui-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let page: Page | null = null;
  const service = createService({
    dbPath: path.join(dir, 'followscope.db'),
    resourcesDir: path.join(ROOT, 'resources'),
    host: 'in-process',
    emit: (event) =>
      void page?.evaluate(`window.__followscopeEmit(${JSON.stringify(event)})`).catch(() => undefined),
  });
  try {
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await serveApp(page, { service: service.dispatch, shell: {}, onBlocked: () => undefined });
    await page.goto(`${ORIGIN}/index.html#/${HOME}`);
    await page.evaluate(`window.followscope.loadDemoData({ jobId: 'bench-ui' })`);

    const first = new Map<PageId, number[]>();
    const again = new Map<PageId, number[]>();
    for (let run = 0; run < PAGE_SWITCH_RUNS; run++) {
      for (const id of PAGES) {
        // A fresh app: no page code, no cached answer (a hash-only goto would not reload).
        await page.goto('about:blank');
        await page.goto(`${ORIGIN}/index.html#/${id === HOME ? 'settings' : HOME}`);
        await timeVisit(page, id === HOME ? 'settings' : HOME);
        first.set(id, [...(first.get(id) ?? []), await timeVisit(page, id)]);
        await timeVisit(page, id === HOME ? 'settings' : HOME);
        again.set(id, [...(again.get(id) ?? []), await timeVisit(page, id)]);
      }
    }
    return PAGES.map((id) => ({
      page: id,
      firstVisitMs: median(first.get(id)!),
      revisitMs: median(again.get(id)!),
    }));
  } finally {
    await browser.close();
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
