// What may go into the log file: an error's kind and where in Followscope's code it happened, never whose
// computer it was or which files they opened. Paths carry user names (home folders) and export names
// carry TikTok handles, so every path is cut to its part inside the app (out/…, node_modules/…) or dropped.

/** Paths inside the app's own code, kept from here on so a stack still says where. */
const APP_MARKERS = ['/out/', '/node_modules/', '/src/', 'node:'];

// An absolute path: POSIX (/…), home (~/…), Windows drive (C:\… or C:/…), UNC (\\server\…) or file:// URL.
const PATH = /(?:file:\/\/\/?)?(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|\/)(?:[^\s'"`()<>|,;]+)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Handles (@name) as TikTok writes them in exports and file names.
const HANDLE = /(^|[\s'"(])@[A-Za-z0-9._]{2,}/g;

function redactPath(match: string): string {
  const normalized = match.replace(/\\/g, '/');
  for (const marker of APP_MARKERS) {
    const at = normalized.lastIndexOf(marker);
    if (at >= 0) return (marker === 'node:' ? '' : '…') + normalized.slice(at);
  }
  return '<path>';
}

export function redact(text: string): string {
  return text
    .replace(EMAIL, '<email>')
    .replace(PATH, redactPath)
    .replace(HANDLE, (_m, before: string) => `${before}@<handle>`);
}

/** An error as one redacted block: its name, message and stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const stack =
      error.stack && error.stack.includes(error.message) ? error.stack : `${error.name}: ${error.message}`;
    return redact(stack);
  }
  return redact(`non-error thrown: ${String(error)}`);
}
