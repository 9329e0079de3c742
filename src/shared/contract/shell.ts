// Calls that need the desktop shell (native dialogs, the system browser) rather than the database.
// They travel over the same bridge, but the Electron main thread answers them, not the service worker.
import * as z from 'zod/mini';
import { call } from './define';

export const shellCalls = {
  /** Opens the native file/folder picker for exports; resolves to the chosen paths ([] when cancelled). */
  pickImportPaths: call<string[]>()(z.strictObject({ folders: z._default(z.boolean(), false) })),
  /**
   * Asks where to write a database backup (a save dialog) or which backup to restore (an open dialog);
   * null when cancelled.
   */
  pickDatabasePath: call<string | null>()(z.strictObject({ purpose: z.enum(['backup', 'restore']) })),
  /** Opens an allow-listed https URL in the system browser. */
  openExternal: call<{ opened: boolean }>()(z.strictObject({ url: z.url().check(z.maxLength(2000)) })),
} as const;

/** Only these hosts may be opened in the system browser (help pages, cited studies, profiles). */
export const externalUrlAllowList: readonly string[] = [
  'buffer.com',
  'support.tiktok.com',
  'www.tiktok.com',
  'help.instagram.com',
  // Profile pages of the accounts in an Instagram or X list.
  'www.instagram.com',
  'x.com',
];

/**
 * The URL to hand to the system browser: the parsed URL's normalized `href`, when it passes the allow-list,
 * else null. Never the raw input: browsers and OS handlers may read a raw string differently from the URL
 * parser that checked it (`https://buffer.com\@evil.com/` parses as buffer.com, path `/@evil.com/`).
 */
export function allowedExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const allowed =
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    externalUrlAllowList.includes(url.hostname);
  return allowed ? url.href : null;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return allowedExternalUrl(raw) !== null;
}
