// Reads TikTok Studio analytics downloads — per-tab ZIPs, bare CSV and XLSX files, several at once —
// into one StudioBundle. Each file's export time (which year-less dates are counted back from) comes
// from, in order: the ZIP name's epoch or date, the date the user gives, the ZIP entry time, the file
// time. Where files overlap, the newer download wins for a day.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeText, parseCsv } from './csv';
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

export interface NameInfo {
  exportedAt: number | null;
  handle: string | null;
}

/**
 * What a download's name says: `Overview_2025-03-14_1741910400_some.handle.zip`, `Followers_handle.zip`,
 * also with a browser's " (1)" suffix. The epoch (seconds or milliseconds) wins over the date.
 */
export function readDownloadName(fileName: string): NameInfo {
  const base = path
    .basename(fileName)
    .replace(/\.(zip|csv|xlsx)$/i, '')
    .replace(/\s*\(\d+\)$/, '');
  const m =
    /^(overview|followers|viewers|content|follower\w*|analytics)(?:_(\d{4}-\d{2}-\d{2}))?(?:_(\d{10}|\d{13}))?(?:_(.+))?$/i.exec(
      base,
    );
  if (!m) return { exportedAt: null, handle: null };
  let exportedAt: number | null = null;
  if (m[3]) exportedAt = m[3].length === 13 ? Number(m[3]) : Number(m[3]) * 1000;
  else if (m[2]) {
    const t = Date.parse(`${m[2]}T12:00:00Z`);
    if (Number.isFinite(t)) exportedAt = t;
  }
  const handle = m[4] && /^@?[\w.]{1,64}$/.test(m[4]) ? m[4].replace(/^@/, '') : null;
  return { exportedAt, handle };
}

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
): [number, string] {
  if (nameInfo.exportedAt !== null) return [nameInfo.exportedAt, 'file name'];
  if (options.exportedAt !== undefined) return [options.exportedAt, 'given'];
  for (const [time, source] of fallbacks) if (time !== null && Number.isFinite(time)) return [time, source];
  return [Date.now(), 'import time'];
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
    const [exportedAt, source] = timeFor(info, options, [[stat.mtimeMs, 'file time']]);
    into.pieces.push({ name: label, bytes: await fs.readFile(file), exportedAt, source });
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
    if (entries.length === 0 && src.kind === 'zip')
      into.warnings.push(`${label}: no CSV or XLSX file inside`);
    for (const e of entries) {
      // Files of a folder are downloads of their own: their names may carry the export date too.
      const own = src.kind === 'directory' ? readDownloadName(e.name) : { exportedAt: null, handle: null };
      if (own.handle) into.handles.push(own.handle);
      const [exportedAt, source] = timeFor(own.exportedAt !== null ? own : info, options, [
        [e.mtime, src.kind === 'zip' ? 'ZIP entry time' : 'file time'],
        [src.containerTime, 'file time'],
      ]);
      const name = src.kind === 'file' ? label : `${label}/${e.name}`;
      into.pieces.push({ name, bytes: await readAll(await src.open(e)), exportedAt, source });
    }
  } finally {
    await src.close();
  }
}

async function tableRows(piece: Piece): Promise<string[][]> {
  const isZip = piece.bytes[0] === 0x50 && piece.bytes[1] === 0x4b;
  if (isZip) return readXlsx(piece.bytes, piece.name);
  if (piece.bytes.includes(0)) {
    const utf16 =
      (piece.bytes[0] === 0xff && piece.bytes[1] === 0xfe) ||
      (piece.bytes[0] === 0xfe && piece.bytes[1] === 0xff);
    if (!utf16) throw new Error(`${piece.name}: not a text file`);
  }
  return parseCsv(decodeText(piece.bytes), piece.name);
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
  distributions: Map<string, StudioShare>;
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
  for (const d of records.distributions) into.distributions.set(`${d.kind}|${d.key}|${d.exportedAt}`, d);
  for (const c of records.content)
    into.content.set(`${c.videoId ?? c.link ?? `${c.title}|${c.postedDay}`}|${c.exportedAt}`, c);
}

/** Reads Studio downloads (CSV, XLSX, ZIP files or folders of them) into one bundle. */
export async function readStudioInputs(
  paths: string[],
  options: StudioReadOptions = {},
): Promise<StudioBundle> {
  const collector: Collector = { pieces: [], handles: [], warnings: [] };
  for (const p of paths) await collect(p, options, collector);
  const warnings = collector.warnings;
  const merged: Merged = {
    daily: new Map(),
    activity: new Map(),
    distributions: new Map(),
    content: new Map(),
  };
  const fileInfo: StudioFileInfo[] = [];
  for (const piece of collector.pieces) {
    const rows = await tableRows(piece);
    const header = findHeader(rows);
    if (!header) {
      warnings.push(
        `${piece.name}: not a TikTok Studio analytics file (header ${JSON.stringify((rows[0] ?? []).slice(0, 4).join(','))})`,
      );
      continue;
    }
    const records = readTable(
      { name: piece.name, kind: header.kind, exportedAt: piece.exportedAt, warn: (m) => warnings.push(m) },
      rows,
      header.index,
    );
    if (records.rows === 0) warnings.push(`${piece.name}: header only, no data rows`);
    merge(merged, records, piece.exportedAt);
    fileInfo.push({
      name: piece.name,
      kind: header.kind,
      rows: records.rows,
      exportedAt: piece.exportedAt,
      exportedAtSource: piece.source,
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

  const handles = [...new Set(collector.handles.map((h) => h.toLowerCase()))];
  let handle = collector.handles[0] ?? null;
  if (handles.length > 1)
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
    distributions: [...merged.distributions.values()],
    content: [...merged.content.values()],
    warnings,
  };
}
