// Reads TikTok Studio analytics downloads — per-tab ZIPs, bare CSV and XLSX files, several at once —
// into one StudioBundle. Each file's export time (which year-less dates are counted back from) comes
// from, in order: Content.csv's Time column, the ZIP name's epoch or date, the date the user gives, the
// ZIP entry time (not 1980), the file time (export-time.ts). Where files overlap, such as repeat downloads
// (`Content_2.csv`), the newer download wins for a day, a post, and a gender or territory breakdown.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeText, parseCsv, sepHint } from './csv';
import { distinctHandles, readDownloadName, type NameInfo } from './download-name';
import { bestExportTime, fileTime, zipEntryTime, type ExportTime } from './export-time';
import { describeForeignTable } from './foreign';
import { recognizeHeader } from './recognize';
import { readTable, type TableRecords } from './tables';
import type {
  StudioActivityHour,
  StudioBundle,
  StudioContentRow,
  StudioDay,
  StudioFileInfo,
  StudioFileKind,
  StudioMetric,
  StudioReadOptions,
  StudioShare,
} from './types';
import { readXlsx } from './xlsx';
import { openImportSource } from '../source';

const MAX_FILE_BYTES = 32 * 1024 * 1024;

export { readDownloadName } from './download-name';

interface Piece {
  name: string;
  bytes: Buffer;
  /** Export time and where it came from. */
  exportedAt: number;
  source: string;
}

interface Collector {
  pieces: Piece[];
  handles: string[];
  warnings: string[];
}

function timeFor(
  nameInfo: NameInfo,
  options: StudioReadOptions,
  fallbacks: [number | null, string][],
): ExportTime {
  return bestExportTime([
    [nameInfo.exportedAt, 'file name'],
    [options.exportedAt ?? null, 'given'],
    ...fallbacks,
  ]);
}

const TABLE_FILE = /\.(csv|xlsx)$/i;

/** Studio files are small: these limits are generous for them and refuse anything else early. */
const STUDIO_SOURCE_LIMITS = {
  maxEntryBytes: MAX_FILE_BYTES,
  maxTotalBytes: 4 * MAX_FILE_BYTES,
  maxEntries: 1000,
};

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function collect(file: string, options: StudioReadOptions, into: Collector): Promise<void> {
  const label = path.basename(file);
  const info = readDownloadName(label);
  if (info.handle) into.handles.push(info.handle);
  if (/\.xlsx$/i.test(label)) {
    // An XLSX is itself a ZIP: read it whole and let the XLSX reader open it (with its own limits).
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      throw new Error(`${label}: no such file`);
    }
    if (stat.size > MAX_FILE_BYTES)
      throw new Error(`${label}: ${stat.size} bytes is far more than a Studio download holds`);
    const time = timeFor(info, options, [[fileTime(stat.mtimeMs), 'file time']]);
    into.pieces.push({
      name: label,
      bytes: await fs.readFile(file),
      exportedAt: time.at,
      source: time.source,
    });
    return;
  }
  // Generic ZIP / folder / file opening, with its checks for unsafe entry names and sizes.
  const src = await openImportSource(file, { limits: STUDIO_SOURCE_LIMITS });
  try {
    const wanted = (n: string): boolean => TABLE_FILE.test(n) && !/(^|\/)(__MACOSX\/|\._)/.test(n);
    if (src.kind === 'directory') {
      // A folder of per-tab ZIPs: each is a download of its own.
      for (const e of src.entries.filter((x) => /\.zip$/i.test(x.name)))
        await collect(path.join(src.path, e.name), options, into);
    }
    const entries = src.kind === 'file' ? src.entries : src.entries.filter((e) => wanted(e.name));
    // The archive's own file time (its entries' times may be the 1980 placeholder).
    const zipFileTime = src.kind === 'zip' ? fileTime((await fs.stat(file)).mtimeMs) : null;
    if (entries.length === 0 && src.kind === 'zip')
      into.warnings.push(`${label}: no CSV or XLSX file inside`);
    for (const e of entries) {
      // Files of a folder are downloads of their own: their names may carry the export date too.
      const own = src.kind === 'directory' ? readDownloadName(e.name) : { exportedAt: null, handle: null };
      if (own.handle) into.handles.push(own.handle);
      const time = timeFor(
        own.exportedAt !== null ? own : info,
        options,
        src.kind === 'zip'
          ? [
              [zipEntryTime(e.mtime), 'ZIP entry time'],
              [zipFileTime, 'file time'],
            ]
          : [[fileTime(e.mtime), 'file time']],
      );
      const name = src.kind === 'file' ? label : `${label}/${e.name}`;
      options.signal?.throwIfAborted();
      const bytes = await readAll(await src.open(e, options.signal));
      into.pieces.push({ name, bytes, exportedAt: time.at, source: time.source });
    }
  } finally {
    await src.close();
  }
}

interface PieceTable {
  rows: string[][];
  /** It began with Excel's `sep=` line. */
  sepLine: boolean;
  utf16: boolean;
}

async function tableRows(piece: Piece): Promise<PieceTable> {
  const isZip = piece.bytes[0] === 0x50 && piece.bytes[1] === 0x4b;
  if (isZip) return { rows: await readXlsx(piece.bytes, piece.name), sepLine: false, utf16: false };
  const utf16 =
    (piece.bytes[0] === 0xff && piece.bytes[1] === 0xfe) ||
    (piece.bytes[0] === 0xfe && piece.bytes[1] === 0xff);
  if (piece.bytes.includes(0) && !utf16) throw new Error(`${piece.name}: not a text file`);
  const text = decodeText(piece.bytes);
  return { rows: parseCsv(text, piece.name), sepLine: sepHint(text).delimiter !== null, utf16 };
}

/** The first of the first rows that is a known Studio header. */
function findHeader(rows: string[][]): { index: number; kind: StudioFileKind } | null {
  for (let i = 0; i < Math.min(rows.length, 5); i++) {
    const kind = recognizeHeader(rows[i]!);
    if (kind) return { index: i, kind };
  }
  return null;
}

interface Merged {
  daily: Map<string, Map<StudioMetric, { value: number | null; exportedAt: number }>>;
  activity: Map<string, StudioActivityHour>;
  /** Per kind, the newest download's shares by key. */
  distributions: Map<string, { exportedAt: number; shares: Map<string, StudioShare> }>;
  /** Per video. */
  content: Map<string, StudioContentRow>;
}

function merge(into: Merged, records: TableRecords, exportedAt: number): void {
  for (const [day, values] of records.daily) {
    const metrics = into.daily.get(day) ?? new Map();
    for (const [metric, value] of Object.entries(values) as [StudioMetric, number | null][]) {
      const existing = metrics.get(metric);
      // Newer download wins; a known number is not replaced by "no data" from a download of the same time.
      if (
        !existing ||
        exportedAt > existing.exportedAt ||
        (exportedAt === existing.exportedAt && value !== null)
      ) {
        metrics.set(metric, { value, exportedAt });
      }
    }
    into.daily.set(day, metrics);
  }
  for (const a of records.activity) {
    const key = `${a.day}|${a.hour}`;
    const existing = into.activity.get(key);
    if (!existing || a.exportedAt >= existing.exportedAt) into.activity.set(key, a);
  }
  // A breakdown is a snapshot at download time: of repeat downloads in one import, the newest is kept.
  for (const d of records.distributions) {
    const kept = into.distributions.get(d.kind);
    if (kept && kept.exportedAt > d.exportedAt) continue;
    const shares = kept && kept.exportedAt === d.exportedAt ? kept.shares : new Map<string, StudioShare>();
    shares.set(d.key, d);
    into.distributions.set(d.kind, { exportedAt: d.exportedAt, shares });
  }
  // One row per post: a repeat download of the same list names the same videos again.
  for (const c of records.content) {
    const key = c.videoId ?? c.link ?? `${c.title}|${c.postedDay}`;
    const kept = into.content.get(key);
    if (!kept || c.exportedAt >= kept.exportedAt) into.content.set(key, c);
  }
}

/** Reads Studio downloads (CSV, XLSX, ZIP files or folders of them) into one bundle. */
export async function readStudioInputs(
  paths: string[],
  options: StudioReadOptions = {},
): Promise<StudioBundle> {
  const collector: Collector = { pieces: [], handles: [], warnings: [] };
  for (const p of paths) await collect(p, options, collector);
  options.signal?.throwIfAborted();
  const warnings = collector.warnings;
  const merged: Merged = {
    daily: new Map(),
    activity: new Map(),
    distributions: new Map(),
    content: new Map(),
  };
  const fileInfo: StudioFileInfo[] = [];
  for (const piece of collector.pieces) {
    options.signal?.throwIfAborted();
    const table = await tableRows(piece);
    const header = findHeader(table.rows);
    if (!header) {
      warnings.push(`${piece.name}: ${describeForeignTable(table.rows, table.sepLine, table.utf16)}`);
      continue;
    }
    const records = readTable(
      { name: piece.name, kind: header.kind, exportedAt: piece.exportedAt, warn: (m) => warnings.push(m) },
      table.rows,
      header.index,
    );
    if (records.rows === 0) warnings.push(`${piece.name}: header only, no data rows`);
    const time = records.exportedAt ?? { at: piece.exportedAt, source: piece.source };
    merge(merged, records, time.at);
    fileInfo.push({
      name: piece.name,
      kind: header.kind,
      rows: records.rows,
      exportedAt: time.at,
      exportedAtSource: time.source,
    });
  }
  if (fileInfo.length === 0) {
    const names =
      collector.pieces.map((p) => p.name).join(', ') || paths.map((p) => path.basename(p)).join(', ');
    throw new Error(`${names}: no TikTok Studio analytics file found`);
  }

  const daily: StudioDay[] = [...merged.daily.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, metrics]) => {
      const values: StudioDay['values'] = {};
      let exportedAt = 0;
      for (const [metric, v] of metrics) {
        values[metric] = v.value;
        exportedAt = Math.max(exportedAt, v.exportedAt);
      }
      return { day, exportedAt, values };
    });

  const handles = distinctHandles(collector.handles);
  let handle = handles[0] ?? null;
  // With an account named by the user there is nothing to choose, so nothing to say.
  if (handles.length > 1 && options.account === undefined)
    warnings.push(`the files name different accounts (${handles.join(', ')}); using ${handle}`);
  if (!handle) {
    // Content links carry the creator's handle: https://www.tiktok.com/@handle/video/…
    for (const c of merged.content.values()) {
      const m = c.link ? /tiktok\.com\/@([\w.]+)\/video\//.exec(c.link) : null;
      if (m) {
        handle = m[1]!;
        break;
      }
    }
  }
  // Hash of the files' bytes (not their names), order-independent: the same downloads renamed or given
  // in another order are recognized as a re-import.
  const digests = collector.pieces.map((p) => createHash('sha256').update(p.bytes).digest('hex')).sort();
  const contentHash = createHash('sha256').update(digests.join('\n')).digest('hex');
  const newest = fileInfo.reduce((a, b) => (b.exportedAt > a.exportedAt ? b : a));
  return {
    exportedAt: newest.exportedAt,
    exportedAtSource: newest.exportedAtSource,
    handle,
    contentHash,
    files: fileInfo.map((f) => f.name),
    fileInfo,
    daily,
    activity: [...merged.activity.values()].sort((a, b) =>
      a.day < b.day ? -1 : a.day > b.day ? 1 : a.hour - b.hour,
    ),
    distributions: [...merged.distributions.values()].flatMap((d) => [...d.shares.values()]),
    content: [...merged.content.values()],
    warnings,
  };
}
