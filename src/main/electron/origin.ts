// Where the app's page comes from and what it may load. Pure (no 'electron' import) so tests check it
// under Node.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://followscope';

/** The renderer may only be the app's own page (or the dev server while developing). */
export function isAppUrl(raw: string | undefined | null, devServerUrl?: string): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    if (url.protocol === 'app:' && url.host === 'followscope') return true;
    return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Resolves a request path inside root, or null when it would escape it. */
export function containedPath(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null; // malformed escapes
  }
  if (decoded.includes('\0')) return null;
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}
