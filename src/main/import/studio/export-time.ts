// When a Studio file was downloaded: the day its year-less dates are counted back from. The evidence, best
// first: Content.csv's own `Time` column (applied later, in tables.ts, since it needs the rows), the epoch
// or date in the download's name, the date the user gives, the ZIP entry time (unless it is the 1980
// placeholder XLSX writers use), the file time. A file time is rounded down to the second: file systems
// report fractions of a millisecond, and a stored time is a whole number of milliseconds.

export interface ExportTime {
  at: number;
  /** Said in the import report next to the date ('file name', 'given', 'ZIP entry time', …). */
  source: string;
}

/** ZIP's DOS date field starts at 1980: entries written with no real time carry it. */
const ZIP_PLACEHOLDER_BEFORE = Date.UTC(1981, 0, 1);

export function zipEntryTime(ms: number | null): number | null {
  return ms !== null && Number.isFinite(ms) && ms >= ZIP_PLACEHOLDER_BEFORE ? Math.floor(ms) : null;
}

export function fileTime(ms: number | null): number | null {
  return ms !== null && Number.isFinite(ms) ? Math.floor(ms / 1000) * 1000 : null;
}

/** The first known time of the candidates, in the order given; the import time when none is known. */
export function bestExportTime(
  candidates: ReadonlyArray<[number | null, string]>,
  now = Date.now(),
): ExportTime {
  for (const [at, source] of candidates)
    if (at !== null && Number.isFinite(at)) return { at: Math.round(at), source };
  return { at: Math.floor(now / 1000) * 1000, source: 'import time' };
}
