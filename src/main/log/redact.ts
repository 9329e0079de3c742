// What may go into the log file: an error's kind and where in Followscope's code it happened, never whose
// computer it was or which files they opened. Paths carry user names (home folders) and export names
// carry TikTok handles, so every path is cut to its part inside the app (out/…, node_modules/…) or dropped.

/** Paths inside the app's own code, kept from here on so a stack still says where. */
const APP_MARKERS = ['/out/', '/node_modules/', '/src/'];
/** Only code files (with a stack's line and column) count as the app's own: never an export's name. */
const CODE_FILE = /\.(?:[cm]?js|tsx?|node)(?::\d+){0,2}$/;

// An absolute path, not in the middle of a word: POSIX (/…), home (~/…), Windows drive (C:\… or C:/…),
// UNC (\\server\…) or a file:// URL.
const PATH = /(?<![\w.:\-/\\])(?:file:\/\/\/?)?(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|\/)[^\s'"`()<>|,;]+/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Handles (@name) as TikTok writes them in exports and file names.
const HANDLE = /(^|[\s'"(])@[A-Za-z0-9._]{2,}/g;

function redactPath(match: string): string {
  // A colon or full stop right after a path ends the sentence, it is not part of the path.
  const trailing = /[:.]+$/.exec(match)?.[0] ?? '';
  const normalized = match.slice(0, match.length - trailing.length).replace(/\\/g, '/');
  for (const marker of APP_MARKERS) {
    const at = normalized.lastIndexOf(marker);
    if (at >= 0 && CODE_FILE.test(normalized)) return `…${normalized.slice(at)}${trailing}`;
  }
  return `<path>${trailing}`;
}

export function redact(text: string): string {
  return text
    .replace(EMAIL, '<email>')
    .replace(PATH, redactPath)
    .replace(HANDLE, (_match, before: string) => `${before}@<handle>`);
}

/** An error as one block, its name, message and stack (the log redacts it when writing). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.stack && error.stack.includes(error.message)
      ? error.stack
      : `${error.name}: ${error.message}`;
  }
  return `non-error thrown: ${String(error)}`;
}
