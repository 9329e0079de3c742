// Where the window goes when its page process is gone: the recovery page (src/renderer/recovery.html),
// told why in its query string. Pure, so tests check it under Node.
import { APP_ORIGIN } from './origin';

export function recoveryUrl(gone: { reason: string; exitCode: number }, devServerUrl?: string): string {
  const url = new URL('recovery.html', devServerUrl ?? `${APP_ORIGIN}/`);
  url.searchParams.set('reason', gone.reason);
  url.searchParams.set('exitCode', String(gone.exitCode));
  return url.toString();
}
