// Serves the built renderer from `app://followscope/` with path containment and the CSP header, so the
// page never runs from file:// and can only load the app's own files.
import fs from 'node:fs';
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, containedPath } from './origin';
import { CONTENT_SECURITY_POLICY } from './security';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'followscope') return new Response('Not found', { status: 404 });
    const file = containedPath(rendererRoot, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
