// Calls that need the desktop shell (native dialogs, the system browser) rather than the database.
// They travel over the same bridge, but the Electron main thread answers them, not the service worker.
import { z } from 'zod';
import { call } from './define';

export const shellCalls = {
  /** Opens the native file/folder picker for exports; resolves to the chosen paths ([] when cancelled). */
  pickImportPaths: call<string[]>()(z.object({ folders: z.boolean().default(false) }).strict()),
  /** Opens an allow-listed https URL in the system browser. */
  openExternal: call<{ opened: boolean }>()(z.object({ url: z.url().max(2000) }).strict()),
} as const;

/** Only these hosts may be opened in the system browser (help pages and cited studies). */
export const externalUrlAllowList: readonly string[] = [
  'buffer.com',
  'support.tiktok.com',
  'www.tiktok.com',
  'help.instagram.com',
];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    externalUrlAllowList.includes(url.hostname)
  );
}
