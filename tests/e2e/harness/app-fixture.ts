// The E2E `app` fixture: the built renderer served at a private origin inside real Chromium, and the real
// service on a real temporary SQLite file behind the same router the Electron IPC uses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { BridgeEvent } from '../../../src/shared/bridge';
import { createRouter } from '../../../src/main/bridge/router';
import { allowedExternalUrl } from '../../../src/shared/contract/shell';
import { createDispatch, type HandlerTable } from '../../../src/main/service/dispatch';
import { createService, type Service } from '../../../src/main/service/service';
import { CHROMIUM_MISSING, findChromium } from './chromium';
import { PAGE_BRIDGE, ROOT } from './global-setup';

/** The page's origin. Nothing else is reachable: every other request is aborted and recorded. */
export const ORIGIN = 'http://followscope.test';
const RENDERER = path.join(ROOT, 'out/renderer');
const CSP = fs
  .readFileSync(path.join(ROOT, 'src/renderer/index.html'), 'utf8')
  .match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

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
    const route = createRouter({
      service: service.dispatch,
      shell: createDispatch(shellHandlers, () => undefined),
      isTrustedSender: (url) => typeof url === 'string' && url.startsWith(`${ORIGIN}/`),
    });

    await page.route('**/*', async (request) => {
      const url = new URL(request.request().url());
      if (url.origin !== ORIGIN) {
        harness.blockedRequests.push(url.href);
        return request.abort('blockedbyclient');
      }
      const file = path.join(RENDERER, path.posix.normalize(url.pathname));
      if (!file.startsWith(RENDERER) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        return request.fulfill({ status: 404, body: 'Not found' });
      }
      return request.fulfill({
        status: 200,
        body: fs.readFileSync(file),
        headers: {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          ...(CSP ? { 'content-security-policy': CSP } : {}),
        },
      });
    });
    await page.exposeBinding('__followscopeInvoke', ({ frame }, call: unknown, input: unknown) =>
      route(frame.url(), call, input),
    );
    await page.addInitScript({ path: PAGE_BRIDGE });

    await use(harness);

    await Promise.all(pendingEvents);
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
