// Turns one recognized Studio table into normalized records. Year-less dates get their years from the
// export day; a row with an unreadable date or the wrong number of fields is an Error naming the file
// and row; a cell that is not a number becomes null with one warning per file and column.
import {
  epochDayOfTime,
  inferYears,
  isoOfEpochDay,
  latestOnOrBefore,
  epochDay,
  readDateText,
  resolveColumn,
} from './dates';
import { DAILY_COLUMNS, IGNORED_DAILY_COLUMNS, normalizeHeader } from './recognize';
import type {
  StudioActivityHour,
  StudioContentRow,
  StudioFileKind,
  StudioMetric,
  StudioShare,
} from './types';
import { readCount, readShare } from './values';
import type { ExportTime } from './export-time';

const MS_PER_DAY = 86_400_000;
/** Characters of a cell a message quotes at most: a damaged cell can be hundreds of kilobytes. */
const QUOTE_CHARS = 40;

function quoted(cell: string | undefined): string {
  const text = cell ?? '';
  return JSON.stringify(text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);
}
/** A day-only export time is stored as the day's noon UTC: the same day in every zone from −11 to +12. */
const NOON_MS = 12 * 3_600_000;

/**
 * A breakdown or a top-posts list is one snapshot per download day: repeat downloads of the same day
 * (seconds apart, or imported one by one) land on the same time and so replace each other when stored.
 */
function exportDayTime(at: number): number {
  return epochDayOfTime(at) * MS_PER_DAY + NOON_MS;
}

/**
 * The export day Content.csv's `Time` column names ("February 28": no year), placed in the latest year
 * that does not put it after the fallback export time (plus a day for zones ahead of UTC).
 */
function contentExportTime(ctx: TableContext, rows: DataRow[], col: number): ExportTime | null {
  if (col < 0) return null;
  const text = rows.map((r) => (r.cells[col] ?? '').trim()).find((t) => t !== '');
  const reading = text === undefined ? null : readDateText(text);
  const date = reading?.fixed ?? reading?.[reading.prefer ?? 'md'] ?? null;
  if (!date) return null;
  const day =
    date.year !== null
      ? epochDay(date.year, date.month, date.day)
      : latestOnOrBefore(date.month, date.day, epochDayOfTime(ctx.exportedAt) + 1);
  // The other evidence agrees on the day: keep its time of day, which is more precise.
  if (day === epochDayOfTime(ctx.exportedAt)) return null;
  return { at: day * MS_PER_DAY + NOON_MS, source: `${ctx.name.split('/').pop()} Time column` };
}

export interface TableContext {
  name: string;
  kind: StudioFileKind;
  exportedAt: number;
  warn(message: string): void;
}

export interface TableRecords {
  /** Content.csv's `Time` column: the export day itself, which beats every other evidence of it. */
  exportedAt: ExportTime | null;
  daily: Map<string, Partial<Record<StudioMetric, number | null>>>;
  activity: StudioActivityHour[];
  distributions: StudioShare[];
  content: StudioContentRow[];
  rows: number;
}

function emptyRecords(): TableRecords {
  return { exportedAt: null, daily: new Map(), activity: [], distributions: [], content: [], rows: 0 };
}

/** Data rows with their 1-based row number in the file (the header is row 1 when it is the first). */
interface DataRow {
  row: number;
  cells: string[];
}

function checkWidths(ctx: TableContext, header: string[], rows: DataRow[]): void {
  for (const r of rows) {
    // Trailing empty cells (a trailing comma, a formatted XLSX column) are harmless.
    let width = r.cells.length;
    while (width > header.length && r.cells[width - 1]!.trim() === '') width--;
    if (width !== header.length) {
      throw new Error(`${ctx.name}: row ${r.row} has ${width} fields, expected ${header.length}`);
    }
  }
}

function makeNumberReader(ctx: TableContext) {
  const warned = new Set<string>();
  return (text: string | undefined, column: string, read = readCount): number | null => {
    const value = read(text ?? '');
    if (value !== undefined) return value;
    if (!warned.has(column)) {
      warned.add(column);
      ctx.warn(
        `${ctx.name}: "${column}" has values that are not numbers (e.g. ${quoted(text)}); read as no data`,
      );
    }
    return null;
  };
}

/** Epoch day per row from a date column, years inferred from the export day where the cells lack them. */
function rowDays(ctx: TableContext, rows: DataRow[], col: number): number[] {
  const readings = rows.map((r) => readDateText(r.cells[col] ?? ''));
  const bad = readings.findIndex((r) => r === null);
  if (bad >= 0) {
    throw new Error(
      `${ctx.name}: row ${rows[bad]!.row} has a date this reader does not know: ${quoted(rows[bad]!.cells[col])}`,
    );
  }
  const dates = resolveColumn(readings).map((d) => d!);
  const exportDay = epochDayOfTime(ctx.exportedAt);
  const { days, lag } = inferYears(dates, exportDay);
  if (dates.some((d) => d.year === null) && (lag > 3 || lag < -1)) {
    ctx.warn(
      `${ctx.name}: the last day (${isoOfEpochDay(exportDay - lag)}) is ${lag} days before the export date ${isoOfEpochDay(exportDay)}; ` +
        'if the years look wrong, give the export date',
    );
  }
  const distinct = [...new Set(days)].sort((a, b) => a - b);
  let gaps = 0;
  for (let i = 1; i < distinct.length; i++) if (distinct[i]! - distinct[i - 1]! !== 1) gaps++;
  if (gaps > 0) ctx.warn(`${ctx.name}: the days are not consecutive (${gaps} gap${gaps === 1 ? '' : 's'})`);
  return days;
}

function column(header: string[], ...names: string[]): number {
  for (const name of names) {
    const i = header.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

function readDaily(ctx: TableContext, header: string[], rows: DataRow[], out: TableRecords): void {
  const dateCol = column(header, 'date');
  const days = rowDays(ctx, rows, dateCol);
  const num = makeNumberReader(ctx);
  const metricCols: [number, StudioMetric][] = [];
  header.forEach((h, i) => {
    const metric = DAILY_COLUMNS.get(h);
    if (metric) metricCols.push([i, metric]);
    else if (i !== dateCol && !IGNORED_DAILY_COLUMNS.has(h) && h !== '')
      ctx.warn(`${ctx.name}: column "${h}" is not used`);
  });
  rows.forEach((r, i) => {
    const day = isoOfEpochDay(days[i]!);
    const values = out.daily.get(day) ?? {};
    for (const [col, metric] of metricCols) values[metric] = num(r.cells[col], header[col]!);
    out.daily.set(day, values);
  });
  // Follower change per day, from the totals (the file's own difference column is not trusted).
  if (metricCols.some(([, m]) => m === 'followers') && !metricCols.some(([, m]) => m === 'netFollowers')) {
    for (const [day, values] of out.daily) {
      const before = out.daily.get(isoOfEpochDay(epochDayOfTime(Date.parse(day)) - 1));
      const today = values.followers;
      const yesterday = before?.followers;
      values.netFollowers =
        typeof today === 'number' && typeof yesterday === 'number' ? today - yesterday : null;
    }
  }
}

function readActivity(ctx: TableContext, header: string[], rows: DataRow[], out: TableRecords): void {
  const days = rowDays(ctx, rows, column(header, 'date'));
  const hourCol = column(header, 'hour');
  const activeCol = column(header, 'active followers');
  const num = makeNumberReader(ctx);
  rows.forEach((r, i) => {
    const hourText = (r.cells[hourCol] ?? '').trim().replace(/:00$/, '');
    const hour = Number(hourText);
    if (hourText === '' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw new Error(`${ctx.name}: row ${r.row} has hour ${quoted(r.cells[hourCol])}, expected 0 to 23`);
    }
    out.activity.push({
      day: isoOfEpochDay(days[i]!),
      hour,
      active: num(r.cells[activeCol], 'Active followers'),
      exportedAt: ctx.exportedAt,
    });
  });
}

function readDistribution(ctx: TableContext, header: string[], rows: DataRow[], out: TableRecords): void {
  const kind = ctx.kind === 'followerGender' ? 'gender' : 'territory';
  const keyCol =
    kind === 'gender'
      ? column(header, 'gender')
      : column(header, 'top territories', 'territories', 'territory');
  const shareCol = column(header, 'distribution');
  const num = makeNumberReader(ctx);
  for (const r of rows) {
    const key = (r.cells[keyCol] ?? '').trim();
    const share = num(r.cells[shareCol], 'Distribution', readShare);
    if (key === '' || share === null) continue;
    out.distributions.push({ kind, key, share, exportedAt: exportDayTime(ctx.exportedAt) });
  }
}

function videoIdOf(link: string): string | null {
  return /\/video\/(\d+)/.exec(link)?.[1] ?? /^(\d{8,})$/.exec(link.trim())?.[1] ?? null;
}

function readContent(ctx: TableContext, header: string[], rows: DataRow[], out: TableRecords): void {
  const col = {
    title: column(header, 'video title', 'title'),
    link: column(header, 'video link', 'link'),
    posted: column(header, 'post time', 'posted time', 'date posted'),
    likes: column(header, 'total likes', 'likes'),
    comments: column(header, 'total comments', 'comments'),
    shares: column(header, 'total shares', 'shares'),
    views: column(header, 'total views', 'video views', 'views'),
    favorites: column(header, 'add to favorites', 'total favorites', 'favorites'),
  };
  const num = makeNumberReader(ctx);
  const anchored = ctx.kind === 'content' ? contentExportTime(ctx, rows, column(header, 'time')) : null;
  if (anchored) out.exportedAt = anchored;
  const exportedAt = anchored?.at ?? exportDayTime(ctx.exportedAt);
  const exportDay = epochDayOfTime(exportedAt);
  let badDates = 0;
  for (const r of rows) {
    const cell = (i: number): string | undefined => (i >= 0 ? r.cells[i] : undefined);
    let postedDay: string | null = null;
    const postedText = cell(col.posted);
    if (postedText !== undefined && postedText.trim() !== '') {
      const reading = readDateText(postedText);
      const date = reading?.fixed ?? reading?.[reading.prefer ?? 'dm'] ?? reading?.dm ?? reading?.md;
      if (!date) badDates++;
      else {
        // Post time has no year in personal files: the latest such day not after the export.
        const n =
          date.year !== null
            ? epochDay(date.year, date.month, date.day)
            : latestOnOrBefore(date.month, date.day, exportDay + 1);
        postedDay = isoOfEpochDay(n);
      }
    }
    const link = (cell(col.link) ?? '').trim() || null;
    out.content.push({
      title: (cell(col.title) ?? '').trim(),
      link,
      videoId: link ? videoIdOf(link) : null,
      postedDay,
      likes: col.likes >= 0 ? num(cell(col.likes), header[col.likes]!) : null,
      comments: col.comments >= 0 ? num(cell(col.comments), header[col.comments]!) : null,
      shares: col.shares >= 0 ? num(cell(col.shares), header[col.shares]!) : null,
      views: col.views >= 0 ? num(cell(col.views), header[col.views]!) : null,
      favorites: col.favorites >= 0 ? num(cell(col.favorites), header[col.favorites]!) : null,
      exportedAt,
    });
  }
  if (badDates > 0)
    ctx.warn(`${ctx.name}: ${badDates} post time${badDates === 1 ? '' : 's'} could not be read`);
}

/**
 * Reads the rows after the header (`headerIndex` into `rows`). Blank rows are skipped; a table with only
 * its header (small accounts' gender/territory files) gives no records.
 */
export function readTable(ctx: TableContext, rows: string[][], headerIndex: number): TableRecords {
  const header = rows[headerIndex]!.map(normalizeHeader);
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const data: DataRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    data.push({ row: i + 1, cells });
  }
  const out = emptyRecords();
  out.rows = data.length;
  if (data.length === 0) return out;
  checkWidths(ctx, header, data);
  switch (ctx.kind) {
    case 'followerActivity':
      readActivity(ctx, header, data, out);
      break;
    case 'followerGender':
    case 'followerTerritories':
      readDistribution(ctx, header, data, out);
      break;
    case 'content':
    case 'businessVideos':
      readContent(ctx, header, data, out);
      break;
    default:
      readDaily(ctx, header, data, out);
  }
  return out;
}
