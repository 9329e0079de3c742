// A minimal XLSX reader for Studio downloads: one sheet, every cell a text string (shared or inline).
// Reads xl/workbook.xml (+ its relationships) to find the first sheet, xl/sharedStrings.xml, and that
// sheet's <c><v> / <is><t> cells. Numbers and booleans are returned as their text.
import { readZipEntries } from './zip';
import { scanXml } from './xml';

const WANTED =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/i;

/** Column index (0-based) of a cell reference such as "C12". */
function columnOf(ref: string | undefined): number | null {
  const m = ref ? /^([A-Za-z]{1,3})/.exec(ref) : null;
  if (!m) return null;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let inPhonetic = false; // <rPh> holds furigana readings, not the cell's text
  let current = '';
  scanXml(xml, (t) => {
    if (t.type === 'open') {
      if (t.name === 'si') {
        inSi = true;
        current = '';
      } else if (t.name === 'rPh') inPhonetic = true;
      else if (t.name === 't' && inSi && !inPhonetic) inT = !t.selfClosing;
    } else if (t.type === 'close') {
      if (t.name === 'si') {
        out.push(current);
        inSi = false;
      } else if (t.name === 'rPh') inPhonetic = false;
      else if (t.name === 't') inT = false;
    } else if (inT) current += t.text;
  });
  return out;
}

/** Path of the workbook's first sheet, from workbook.xml and its relationships. */
function firstSheetPath(workbook: string | undefined, rels: string | undefined): string | null {
  if (!workbook || !rels) return null;
  let rid: string | null = null;
  scanXml(workbook, (t) => {
    if (rid === null && t.type === 'open' && t.name === 'sheet') rid = t.attrs['r:id'] ?? t.attrs.id ?? null;
  });
  if (rid === null) return null;
  let target: string | null = null;
  scanXml(rels, (t) => {
    if (target === null && t.type === 'open' && t.name === 'Relationship' && t.attrs.Id === rid)
      target = t.attrs.Target ?? null;
  });
  if (target === null) return null;
  const clean = (target as string).replace(/^\/+/, '');
  return clean.startsWith('xl/') ? clean : `xl/${clean}`;
}

function readSheet(xml: string, shared: string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let col = 0;
  let cellType = '';
  let cellCol = 0;
  let inCell = false;
  let inValue = false; // inside <v> or an inline <t>
  let text = '';
  let hasText = false;
  scanXml(xml, (t) => {
    if (t.type === 'open') {
      if (t.name === 'row') {
        row = [];
        col = 0;
        const r = Number(t.attrs.r);
        // Keep row positions: an empty row in the middle stays an empty row (callers skip it).
        while (Number.isInteger(r) && r > 0 && rows.length < r - 1 && rows.length < 100_000) rows.push([]);
        if (t.selfClosing) row = null;
      } else if (t.name === 'c' && row) {
        inCell = true;
        cellType = t.attrs.t ?? 'n';
        cellCol = columnOf(t.attrs.r) ?? col;
        text = '';
        hasText = false;
      } else if (inCell && (t.name === 'v' || t.name === 't')) {
        inValue = !t.selfClosing;
      }
    } else if (t.type === 'close') {
      if ((t.name === 'v' || t.name === 't') && inValue) inValue = false;
      else if (t.name === 'c' && inCell && row) {
        inCell = false;
        let value = text;
        if (cellType === 's') value = hasText ? (shared[Number(text.trim())] ?? '') : '';
        while (row.length < cellCol) row.push('');
        row[cellCol] = value;
        col = cellCol + 1;
      } else if (t.name === 'row' && row) {
        rows.push(row);
        row = null;
      }
    } else if (inValue) {
      text += t.text;
      hasText = true;
    }
  });
  return rows;
}

/** Reads the first sheet of an XLSX file (bytes) into rows of text. `name` labels errors. */
export async function readXlsx(bytes: Buffer, name: string): Promise<string[][]> {
  const entries = await readZipEntries(bytes, name, (entry) => WANTED.test(entry));
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e.data.toString('utf8')]));
  const sheets = entries
    .filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name))
    .map((e) => e.name.toLowerCase());
  const wanted = firstSheetPath(
    byName.get('xl/workbook.xml'),
    byName.get('xl/_rels/workbook.xml.rels'),
  )?.toLowerCase();
  const sheetPath = wanted && byName.has(wanted) ? wanted : sheets.sort()[0];
  if (!sheetPath) throw new Error(`${name}: not a spreadsheet (no worksheet inside)`);
  const shared = byName.has('xl/sharedstrings.xml')
    ? readSharedStrings(byName.get('xl/sharedstrings.xml')!)
    : [];
  return readSheet(byName.get(sheetPath)!, shared);
}
