// X archive data files are JavaScript: `window.YTD.<name>.part<N> = [ ... ]`. The prefix is stripped and
// the rest parsed as JSON.

const PREFIX = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*/;

/** The data name of an archive file from its first bytes ("follower", "following", "account"), or null. */
export function ytdNameOf(head: string): string | null {
  const m = PREFIX.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** The array a data file assigns, or null when the file is not one. */
export function parseYtd(text: string): unknown[] | null {
  const m = PREFIX.exec(text);
  if (!m) return null;
  let body = text.slice(m[0].length).trimEnd();
  if (body.endsWith(';')) body = body.slice(0, -1);
  const doc: unknown = JSON.parse(body);
  return Array.isArray(doc) ? doc : null;
}
