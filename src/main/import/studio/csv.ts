// CSV for Studio downloads, read by csv-parse (RFC 4180: quotes doubled, newlines inside quotes, LF / CRLF /
// CR, with or without a final newline). What this file adds: decoding (UTF-8 with or without BOM, UTF-16
// with BOM), Excel's `sep=;` hint line, and the delimiter chosen on the data rather than on the header
// alone (a quoted header cell may hold a comma in a semicolon file). Linear in the input: csv-parse is a
// single-pass state machine, and the delimiter check parses only the first lines.
import { CsvError, parse } from 'csv-parse/sync';

/** Decodes the bytes of a text file, honouring a UTF-8 or UTF-16 byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 BOM by default.
  return new TextDecoder('utf-8').decode(bytes);
}

const DELIMITERS = [',', ';', '\t'] as const;
/** Lines looked at to choose the delimiter: enough for a header and a few data rows. */
const SAMPLE_LINES = 20;
/** Excel's first-line hint, also written by Meta Business Suite: `sep=,`. */
const SEP_LINE = /^sep=(.)\r?\n/i;

function options(delimiter: string, toLine?: number) {
  return {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    ...(toLine === undefined ? {} : { to_line: toLine }),
  };
}

function sampleOf(text: string): string {
  let end = 0;
  for (let i = 0; i < SAMPLE_LINES && end >= 0; i++) end = text.indexOf('\n', end + 1);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * The delimiter under which the first lines parse into the same number of fields (more than one), the
 * most rows agreeing winning; comma on a tie or when nothing agrees.
 */
export function detectDelimiter(text: string): string {
  const sample = sampleOf(text);
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      rows = parse(sample, options(delimiter)) as string[][];
    } catch {
      continue; // the sample may end inside a quoted field; another delimiter may still read it
    }
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const score = rows.filter((r) => r.length === width).length * width;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Strips Excel's `sep=X` line; returns the text after it and the delimiter it names, if any. */
export function sepHint(text: string): { text: string; delimiter: string | null } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const m = SEP_LINE.exec(body);
  return m ? { text: body.slice(m[0].length), delimiter: m[1]! } : { text: body, delimiter: null };
}

/**
 * Parses CSV text into rows of fields. Blank lines are skipped; unquoted fields are trimmed. Throws an
 * Error naming `name` and the line for an unterminated quote; rows of a different width are left for
 * the caller to judge.
 */
export function parseCsv(text: string, name: string): string[][] {
  const hinted = sepHint(text);
  const delimiter = hinted.delimiter ?? detectDelimiter(hinted.text);
  try {
    return parse(hinted.text, options(delimiter)) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      if (error.code === 'CSV_QUOTE_NOT_CLOSED')
        throw new Error(`${name}: line ${line ?? '?'} has a quote that is never closed`, { cause: error });
      if (
        error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE' ||
        error.code === 'CSV_INVALID_CLOSING_QUOTE'
      )
        throw new Error(`${name}: line ${line ?? '?'} has text after a closing quote`, { cause: error });
      throw new Error(`${name}: not a readable CSV file (line ${line ?? '?'})`, { cause: error });
    }
    throw error;
  }
}
