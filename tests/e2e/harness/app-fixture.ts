// The E2E `app` fixture: the built renderer served at a private origin inside real Chromium, and the real
// service on a real temporary SQLite file behind the same router the Electron IPC uses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import type { BridgeEvent } from '../../../src/shared/bridge';
import { allowedExternalUrl } from '../../../src/shared/contract/shell';
import type { HandlerTable } from '../../../src/main/service/dispatch';
import { createService, type Service } from '../../../src/main/service/service';
import { CHROMIUM_MISSING, findChromium } from './chromium';
import { ROOT } from './global-setup';
import { ORIGIN, serveApp } from './serve-app';

export { ORIGIN };

export interface AppHarness {
  page: Page;
  dbPath: string;
  service: Service;
  /** Requests to anything but the app's own origin (must stay empty: the app makes no network calls). */
  blockedRequests: string[];
  /** What the next native file dialog "returns" (the test plays the user in the dialog). */
  nextPickedPaths: string[];
  /** The URLs the page asked the system browser to open that passed the allow-list. */
  openedUrls: string[];
  open(): Promise<void>;
  /** Drops real files on the element, as the user would drag them from the file manager. */
  dropFiles(selector: string, files: string[]): Promise<void>;
  screenshot(name: string): Promise<void>;
}

export const SCREENSHOT_DIR = path.join(ROOT, 'tests/e2e/screenshots');

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use, testInfo) => {
    testInfo.skip(!findChromium() && !process.env.CI, `skipped: ${CHROMIUM_MISSING}`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-e2e-'));
    const dbPath = path.join(dir, 'followscope.db');
    const pendingEvents: Promise<unknown>[] = [];
    const emit = (event: BridgeEvent) => {
      pendingEvents.push(page.evaluate((e) => window.__followscopeEmit(e), event).catch(() => undefined));
    };
    const service = createService({
      dbPath,
      resourcesDir: path.join(ROOT, 'resources'),
      host: 'in-process',
      emit,
    });

    const harness: AppHarness = {
      page,
      dbPath,
      service,
      blockedRequests: [],
      nextPickedPaths: [],
      openedUrls: [],
      open: async () => {
        await page.goto(`${ORIGIN}/index.html`);
      },
      dropFiles: async (selector, files) => {
        const payload = files.map((file) => ({
          name: path.basename(file),
          path: file,
          base64: fs.readFileSync(file).toString('base64'),
        }));
        await page.evaluate(
          ({ selector, payload }) => {
            const transfer = new DataTransfer();
            window.__followscopeFilePaths = { ...window.__followscopeFilePaths };
            for (const f of payload) {
              const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
              transfer.items.add(new File([bytes], f.name));
              window.__followscopeFilePaths[f.name] = f.path;
            }
            const target = document.querySelector(selector);
            if (!target) throw new Error(`drop target ${selector} not found`);
            for (const type of ['dragenter', 'dragover', 'drop']) {
              target.dispatchEvent(
                new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
              );
            }
          },
          { selector, payload },
        );
      },
      screenshot: async (name) => {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        // Charts below the fold draw when the browser is idle: a full-page picture taken before that
        // shows empty boxes where they go, and nobody looking at it sees the chart. (Hidden kept pages
        // are inert and not in the picture.)
        await expect(page.locator('[data-chart-pending]:not([inert] *)')).toHaveCount(0);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      },
    };

    // The shell's calls, answered as the Electron main thread would, with the test playing the user.
    const shellHandlers: HandlerTable<undefined> = {
      pickImportPaths: () => harness.nextPickedPaths.splice(0),
      pickDatabasePath: () => harness.nextPickedPaths.shift() ?? null,
      openExternal: ({ url }: { url: string }) => {
        const href = allowedExternalUrl(url);
        if (href !== null) harness.openedUrls.push(href);
        return { opened: href !== null };
      },
    };
    await serveApp(page, {
      service: service.dispatch,
      shell: shellHandlers,
      onBlocked: (url) => harness.blockedRequests.push(url),
    });

    await use(harness);

    await Promise.all(pendingEvents);
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
