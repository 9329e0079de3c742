// What did the user give us? Decided from content (the first bytes of each file, or all of a JSON file
// until a known section shows), with names only as a tie-breaker: a TikTok account export (JSON layouts A/B/C, or TXT files), a TikTok Studio analytics
// download (CSV/XLSX with the Studio headers, maybe zipped), or neither -> ImportInputError naming it.
import path from 'node:path';
import { ImportInputError } from './sink';
import { openImportSource } from './source/open';
import type { SectionKind } from './sink';
import { entryContains, readEntryHead } from './source/head';
import { baseName, extensionOf } from './source/paths';
import type { ImportSource, SourceEntry } from './source/types';
import { decodeText, parseCsv, sepHint } from './studio/csv';
import { txtSectionOf } from './tiktok/sections';

/** Bytes read from each file to classify it. */
export const SNIFF_BYTES = 64 * 1024;
const MEDIA = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'mp4', 'mov', 'mp3', 'm4a', 'wav']);
/** Files sniffed at most (a real export has a few dozen). */
const MAX_SNIFFED = 400;

export type StudioTable =
  | 'overview'
  | 'viewers'
  | 'followerHistory'
  | 'followerActivity'
  | 'followerGender'
  | 'followerTerritories'
  | 'content';

export interface StudioFile {
  entry: SourceEntry;
  /** 'zip': a per-tab download ZIP inside a folder the user gave. */
  format: 'csv' | 'xlsx' | 'zip';
  /** Which Studio tab, when known from the header (CSV) or the file name (XLSX). */
  table: StudioTable | null;
}

export interface TxtExportFile {
  entry: SourceEntry;
  section: SectionKind;
}

export type ImportDetection =
  | { kind: 'tiktok-account'; format: 'json'; entry: SourceEntry }
  | { kind: 'tiktok-account'; format: 'txt'; files: TxtExportFile[] }
  /** `files` is empty when the source itself is one XLSX workbook (opened as a ZIP): read `source.path`. */
  | { kind: 'tiktok-studio'; files: StudioFile[]; sourceIsXlsx: boolean };

const JSON_MARKERS =
  /"\s*(?:activity|your activity|profile and settings|likes and favorites|profile|video|post|comment|app settings|direct messages|ads and data|tiktok live|tiktok shop|income\+ wallet activity|fanslist|profilemap|itemfavoritelist|favoritevideolist)\s*"\s*:/i;
const TXT_MARKERS =
  /^(?:date|username|user ?name|video ?link|link|search ?term|hashtag ?name|hashtag ?link|likes|sound|title|comment|shared ?content|likes received)\s*:/im;
const NO_DATA = /you have no data in this section/i;
/** Longer than any marker with its quotes and spacing: a marker split across two chunks still matches. */
const MARKER_OVERLAP = 256;

const STUDIO_HEADERS: Array<[StudioTable, string[]]> = [
  ['overview', ['date', 'video views', 'profile views', 'likes', 'comments', 'shares']],
  ['viewers', ['date', 'total viewers', 'new viewers', 'returning viewers']],
  ['followerHistory', ['date', 'followers', 'difference in followers from previous day']],
  ['followerActivity', ['date', 'hour', 'active followers']],
  ['followerGender', ['gender', 'distribution']],
  ['followerTerritories', ['top territories', 'distribution']],
  ['content', ['video title', 'video link', 'post time']],
];
const STUDIO_XLSX_NAMES: Array<[StudioTable, RegExp]> = [
  ['overview', /^overview/i],
  ['viewers', /^viewers/i],
  ['followerHistory', /^followerhistory/i],
  ['followerActivity', /^followeractivity/i],
  ['followerGender', /^followergender/i],
  ['followerTerritories', /^followertopterritories|^followerterritories/i],
  ['content', /^content/i],
];
const STUDIO_XLSX_WORDS =
  /video views|total viewers|active followers|top territories|difference in followers|video title|>\s*distribution\s*</i;

function text(head: Buffer): string {
  const s = head.toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * A JSON object with a known section key anywhere in it. The head decides when it holds a key; otherwise
 * the file is streamed on (real exports can open with more than 64 KB of ad data before any section).
 * The file name is not consulted: users rename files.
 */
async function looksLikeAccountJson(
  source: ImportSource,
  entry: SourceEntry,
  head: Buffer,
  signal?: AbortSignal,
): Promise<boolean> {
  const s = text(head).trimStart();
  if (!s.startsWith('{')) return false;
  if (JSON_MARKERS.test(s)) return true;
  if (head.length >= entry.size) return false;
  return entryContains(source, entry, JSON_MARKERS, MARKER_OVERLAP, signal);
}

function looksLikeTxt(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const s = text(head);
  return TXT_MARKERS.test(s) || NO_DATA.test(s);
}

/** Lines of a CSV looked at for a Studio header (a title line or Excel's `sep=` may come first). */
const HEADER_LINES = 5;

/** The Studio table a CSV's header names (in its first lines), or null when it has no Studio header. */
export function studioTableOfCsv(head: Buffer): StudioTable | null {
  const utf16 = head[0] === 0xff && head[1] === 0xfe;
  const { text: body } = sepHint(utf16 ? decodeText(head) : text(head));
  const lines = body
    .split(/\r?\n/, HEADER_LINES + 1)
    .slice(0, HEADER_LINES)
    .join('\n');
  let rows: string[][];
  try {
    rows = parseCsv(lines, 'head');
  } catch {
    return null; // a quoted field running past the sniffed lines: not a Studio header
  }
  for (const row of rows) {
    const cols = new Set(row.map((c) => c.trim().toLowerCase()));
    if (cols.size < 2) continue;
    for (const [table, headers] of STUDIO_HEADERS) if (headers.every((h) => cols.has(h))) return table;
    // Business accounts: unquoted, columns vary; "Date" plus "Video views" is the overview tab.
    if (cols.has('date') && cols.has('video views')) return 'overview';
  }
  return null;
}

function isRealEntry(e: SourceEntry): boolean {
  const parts = e.name.split('/');
  return !parts.includes('__MACOSX') && !(parts[parts.length - 1] ?? '').startsWith('._');
}

/** A JSON export's preferred file: the newest known name first, then the largest. */
function pickJson(candidates: SourceEntry[]): SourceEntry {
  const rank = (e: SourceEntry): number => {
    const b = baseName(e.name);
    return b === 'user_data_tiktok.json' ? 2 : b === 'user_data.json' ? 1 : 0;
  };
  return [...candidates].sort((a, b) => rank(b) - rank(a) || b.size - a.size)[0]!;
}

export async function detectImport(source: ImportSource, signal?: AbortSignal): Promise<ImportDetection> {
  const entries = source.entries.filter(isRealEntry);
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (source.kind === 'zip' && names.has('[content_types].xml') && names.has('xl/workbook.xml')) {
    return detectXlsxWorkbook(source, entries, signal);
  }
  const jsonFiles: SourceEntry[] = [];
  const txtFiles: TxtExportFile[] = [];
  let txtLooksRight = false;
  const studio: StudioFile[] = [];
  let sniffed = 0;
  for (const entry of entries) {
    const ext = extensionOf(entry.name);
    // Media files cannot be exports; everything else is judged by its bytes, whatever its name.
    if (MEDIA.has(ext) || entry.size === 0) continue;
    if (++sniffed > MAX_SNIFFED) break;
    const head = await readEntryHead(source, entry, SNIFF_BYTES, signal);
    if (await looksLikeAccountJson(source, entry, head, signal)) {
      jsonFiles.push(entry);
      continue;
    }
    const section = txtSectionOf(entry.name);
    if (section) {
      txtFiles.push({ entry, section });
      if (looksLikeTxt(head)) txtLooksRight = true;
      continue;
    }
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50 && ext === 'xlsx') {
      const stem = baseName(entry.name);
      // The name only hints at the tab; the reader tells it by the sheet's header whatever the name.
      const table = STUDIO_XLSX_NAMES.find(([, re]) => re.test(stem))?.[0] ?? null;
      studio.push({ entry, format: 'xlsx', table });
      continue;
    }
    if (
      source.kind === 'directory' &&
      ext === 'zip' &&
      head.length >= 4 &&
      head.readUInt32LE(0) === 0x04034b50
    ) {
      // A folder of per-tab Studio downloads: each ZIP is judged by what it holds.
      if (await isStudioZip(path.join(source.path, entry.name), signal))
        studio.push({ entry, format: 'zip', table: null });
      continue;
    }
    const table = studioTableOfCsv(head);
    if (table) studio.push({ entry, format: 'csv', table });
  }
  if (jsonFiles.length > 0) return { kind: 'tiktok-account', format: 'json', entry: pickJson(jsonFiles) };
  if (txtFiles.length > 0 && txtLooksRight) return { kind: 'tiktok-account', format: 'txt', files: txtFiles };
  if (studio.length > 0) return { kind: 'tiktok-studio', files: studio, sourceIsXlsx: false };
  throw new ImportInputError(
    source.sourceName,
    source.kind === 'directory'
      ? `no TikTok export found in this folder (looked at ${entries.length} file${entries.length === 1 ? '' : 's'})`
      : 'not a TikTok export (expected the account export JSON or TXT files, or TikTok Studio CSV/XLSX)',
  );
}

/** Does the ZIP at `file` hold TikTok Studio files? Anything unreadable in it just means no. */
async function isStudioZip(file: string, signal?: AbortSignal): Promise<boolean> {
  let inner: ImportSource;
  try {
    inner = await openImportSource(file, { signal });
  } catch {
    return false;
  }
  try {
    return (await detectImport(inner, signal)).kind === 'tiktok-studio';
  } catch (error) {
    if (signal?.aborted) throw error;
    return false;
  } finally {
    await inner.close();
  }
}

/** A bare XLSX workbook: Studio when its strings (shared or inline in a sheet) hold Studio headers. */
async function detectXlsxWorkbook(
  source: ImportSource,
  entries: SourceEntry[],
  signal?: AbortSignal,
): Promise<ImportDetection> {
  const parts = entries
    .filter((e) => /^xl\/(sharedstrings\.xml|worksheets\/[^/]+\.xml)$/i.test(e.name))
    .slice(0, 20);
  for (const part of parts) {
    const head = await readEntryHead(source, part, 4 * SNIFF_BYTES, signal);
    if (STUDIO_XLSX_WORDS.test(head.toString('utf8')))
      return { kind: 'tiktok-studio', files: [], sourceIsXlsx: true };
  }
  throw new ImportInputError(source.sourceName, 'a spreadsheet that is not a TikTok Studio download');
}

/** Bytes the account reader will stream for this detection (the progress bar's 100%), before reading. */
export function accountBytesToRead(detection: ImportDetection): number {
  if (detection.kind !== 'tiktok-account') return 0;
  return detection.format === 'json'
    ? detection.entry.size
    : detection.files.reduce((n, f) => n + f.entry.size, 0);
}
