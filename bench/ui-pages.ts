// The page-switch half of `npm run bench:ui`: the built app in real Chromium, the real service on a
// fresh database holding the bundled demo dataset. For every page, the time from the navigation until
// the page's code and data are in and what is in the window is drawn (no element busy and no chart in
// view waiting, for two frames), on a first visit
// (a freshly loaded app, no answer cached) and on a revisit (after another page), median of a few runs.
// Pages visited before stay in the document, hidden: only what the page on screen shows is waited for.
// The app loads every page's code while idle after its first screen (never data): first visits are
// measured that way, and again with that prefetch switched off (the code loads on the visit).
// A first visit is also split: how long the page's code took to arrive (the last chunk it asked for),
// and how long the service spent answering each call the page made (handler time, in this process).
// What remains is the page's own work: rendering, drawing, and the bridge's transport.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PAGE_PREFETCH_OFF, PREFETCHED_ATTRIBUTE } from '../src/renderer/src/app/prefetchPageCode';
import { pageIds, type PageId } from '../src/renderer/src/app/router';
import type { Dispatch } from '../src/main/service/dispatch';
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
  /** First visit once the app has loaded every page's code while idle (what the app does). */
  firstVisitMs: number;
  /** First visit with that prefetch switched off: the page's code loads on the visit. */
  firstVisitColdMs: number;
  revisitMs: number;
  /** Of the cold first visit (medians): until its last chunk arrived, and the service's handler time. */
  firstVisitCodeMs: number;
  firstVisitServiceMs: number;
  /** Handler ms per call of the cold first visit (median), slowest first. */
  firstVisitCalls: [string, number][];
}

/** What happened during one visit, seen from this process. */
interface VisitRecord {
  start: number;
  /** When the last script or style sheet the visit asked for arrived (ms after the start). */
  codeMs: number;
  calls: { call: string; ms: number }[];
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
      // Pages visited before stay in the document, hidden (display: none): what they hold is not shown.
      const chartInViewPending = [...document.querySelectorAll('[data-chart-pending]')].some(
        (el) => el.checkVisibility() && el.getBoundingClientRect().top < window.innerHeight,
      );
      const busy = [...document.querySelectorAll('[aria-busy="true"]')].some((el) => el.checkVisibility());
      const settled = main?.getAttribute('data-page') === id && !busy && !chartInViewPending;
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
  let visit: VisitRecord | null = null;
  const service = createService({
    dbPath: path.join(dir, 'followscope.db'),
    resourcesDir: path.join(ROOT, 'resources'),
    host: 'in-process',
    emit: (event) =>
      void page?.evaluate(`window.__followscopeEmit(${JSON.stringify(event)})`).catch(() => undefined),
  });
  // The service's time per call, recorded while a visit is measured.
  const timedDispatch: Dispatch = async (call, input) => {
    const start = performance.now();
    const result = await service.dispatch(call, input);
    visit?.calls.push({ call: String(call), ms: performance.now() - start });
    return result;
  };
  /** Measures one visit and what the service and the chunk loading did meanwhile. */
  const recordVisit = async (id: PageId) => {
    visit = { start: performance.now(), codeMs: 0, calls: [] };
    const ms = await timeVisit(page!, id);
    const record = visit;
    visit = null;
    return { ms, record };
  };
  try {
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    page.on('requestfinished', (request) => {
      if (visit && /\.(js|css)$/.test(new URL(request.url()).pathname))
        visit.codeMs = performance.now() - visit.start;
    });
    await serveApp(page, { service: timedDispatch, shell: {}, onBlocked: () => undefined });
    await page.goto(`${ORIGIN}/index.html#/${HOME}`);
    await page.evaluate(`window.followscope.loadDemoData({ jobId: 'bench-ui' })`);

    const first = new Map<PageId, number[]>();
    const cold = new Map<PageId, number[]>();
    const again = new Map<PageId, number[]>();
    const firstRecords = new Map<PageId, VisitRecord[]>();
    const add = (to: Map<PageId, number[]>, id: PageId, ms: number) =>
      to.set(id, [...(to.get(id) ?? []), ms]);
    /** A fresh app on the page a visit starts from: no cached answer (a hash-only goto would not reload). */
    const freshApp = async (from: PageId, prefetch: boolean) => {
      await page!.goto('about:blank');
      await page!.goto(`${ORIGIN}/index.html${prefetch ? '' : `?${PAGE_PREFETCH_OFF}`}#/${from}`);
      await timeVisit(page!, from);
      // With prefetch, the app loads the other pages' code once idle: wait until it has.
      if (prefetch)
        await page!.evaluate(`new Promise((resolve) => {
          const check = () =>
            document.documentElement.hasAttribute(${JSON.stringify(PREFETCHED_ATTRIBUTE)})
              ? resolve()
              : setTimeout(check, 20);
          check();
        })`);
    };
    for (let run = 0; run < PAGE_SWITCH_RUNS; run++) {
      for (const id of PAGES) {
        const from = id === HOME ? 'settings' : HOME;
        // Cold: the page's code and data both arrive on the visit.
        await freshApp(from, false);
        const { ms, record } = await recordVisit(id);
        add(cold, id, ms);
        firstRecords.set(id, [...(firstRecords.get(id) ?? []), record]);
        // As the app runs: every page's code loaded while idle, the page's data not asked for yet.
        await freshApp(from, true);
        add(first, id, await timeVisit(page, id));
        await timeVisit(page, from);
        add(again, id, await timeVisit(page, id));
      }
    }
    return PAGES.map((id) => {
      const records = firstRecords.get(id)!;
      const calls = new Map<string, number[]>();
      for (const r of records) {
        const perCall = new Map<string, number>();
        for (const c of r.calls) perCall.set(c.call, (perCall.get(c.call) ?? 0) + c.ms);
        for (const [call, ms] of perCall) calls.set(call, [...(calls.get(call) ?? []), ms]);
      }
      return {
        page: id,
        firstVisitMs: median(first.get(id)!),
        firstVisitColdMs: median(cold.get(id)!),
        revisitMs: median(again.get(id)!),
        firstVisitCodeMs: median(records.map((r) => r.codeMs)),
        firstVisitServiceMs: median(records.map((r) => r.calls.reduce((sum, c) => sum + c.ms, 0))),
        firstVisitCalls: [...calls]
          .map(([call, ms]): [string, number] => [call, median(ms)])
          .sort((a, b) => b[1] - a[1]),
      };
    });
  } finally {
    await browser.close();
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
