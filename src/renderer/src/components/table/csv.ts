// CSV of what the table shows (current search and sort), built in chunks so a million rows do not
// become one giant string concatenation. Cells that a spreadsheet would run as a formula are defused.
import type { CellValue, Column } from './types';

function cell(value: CellValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvBlob<Row>(
  rows: readonly Row[],
  order: Uint32Array,
  columns: readonly Column<Row>[],
): Blob {
  const parts: string[] = ['\uFEFF', columns.map((c) => cell(c.header)).join(','), '\r\n'];
  let chunk: string[] = [];
  for (const i of order) {
    const row = rows[i] as Row;
    chunk.push(columns.map((c) => cell(c.value(row))).join(','));
    if (chunk.length === 10_000) {
      parts.push(chunk.join('\r\n'), '\r\n');
      chunk = [];
    }
  }
  if (chunk.length > 0) parts.push(chunk.join('\r\n'), '\r\n');
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
