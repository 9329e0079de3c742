// Puts the built renderer in a Chromium page at a private origin, with the real service behind the same
// router the Electron IPC uses. Shared by the E2E `app` fixture and the page-switch benchmark.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createRouter } from '../../../src/main/bridge/router';
import { createDispatch, type Dispatch, type HandlerTable } from '../../../src/main/service/dispatch';
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

export interface ServeOptions {
  /** The service's dispatch (calls from the page go through the app's router to it). */
  service: Dispatch;
  /** The shell's calls (file dialogs, the system browser), answered by the caller. */
  shell: HandlerTable<undefined>;
  /** Called with every request to anything but the app's own origin (aborted). */
  onBlocked(url: string): void;
}

export async function serveApp(page: Page, options: ServeOptions): Promise<void> {
  const route = createRouter({
    service: options.service,
    shell: createDispatch(options.shell, () => undefined),
    isTrustedSender: (url) => typeof url === 'string' && url.startsWith(`${ORIGIN}/`),
  });

  await page.route('**/*', async (request) => {
    const url = new URL(request.request().url());
    if (url.origin !== ORIGIN) {
      options.onBlocked(url.href);
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
}
