// Files of other tools that people keep next to their Studio downloads, named for what they are in one
// short line (never by echoing their header, which can run to kilobytes).

/** Characters of a first line quoted in a message at most. */
const QUOTE_CHARS = 40;

/**
 * What a table that is not a Studio file is. `hadSepLine`: it began with Excel's `sep=` hint, which Meta
 * Business Suite writes (UTF-16, then a title line, then `"Date","Primary"`); Facebook's use `;`.
 */
export function describeForeignTable(rows: string[][], hadSepLine: boolean, utf16: boolean): string {
  const cells = rows
    .slice(0, 5)
    .flat()
    .map((c) => c.trim().toLowerCase());
  if ((hadSepLine || utf16) && cells.includes('primary'))
    return 'a Meta Business Suite export: not supported';
  if (hadSepLine && utf16) return 'a Meta (Facebook or Instagram) export: not supported';
  const first = (rows[0] ?? []).join(',');
  const shown = first.length > QUOTE_CHARS ? `${first.slice(0, QUOTE_CHARS)}…` : first;
  return `not a TikTok Studio analytics file (it starts ${JSON.stringify(shown)})`;
}
