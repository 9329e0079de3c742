// Where the app's page comes from. Pure (no 'electron' import) so tests can check it under Node.
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
