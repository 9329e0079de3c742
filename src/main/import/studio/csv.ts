// A small RFC 4180 CSV reader for Studio downloads: UTF-8 (BOM or not; UTF-16 with BOM too), every
// field quoted or none, quotes escaped by doubling, LF / CRLF / CR, with or without a final newline.
// The files hold at most a few hundred rows, so the reader works on the whole text.

/** Decodes the bytes of a text file, honouring a UTF-8 or UTF-16 byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 BOM by default.
  return new TextDecoder('utf-8').decode(bytes);
}

/** The delimiter of the header line: comma, unless the line has none and has semicolons or tabs. */
function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

/**
 * Parses CSV text into rows of fields. Blank lines are skipped. Throws an Error naming `name` and the
 * line for an unterminated quote; rows of a different width are left for the caller to judge.
 */
export function parseCsv(text: string, name: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field started with a quote
  let line = 1;
  let quoteLine = 0;
  const endField = (): void => {
    row.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRow = (): void => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      field = '';
    } else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else if (wasQuoted) {
      // Text after a closing quote ("a"b): keep it rather than fail; spaces before the delimiter are noise.
      if (ch !== ' ' && ch !== '\t') field += ch;
    } else field += ch;
  }
  if (quoted) throw new Error(`${name}: line ${quoteLine} has a quote that is never closed`);
  if (field !== '' || wasQuoted || row.length > 0) endRow();
  return rows;
}
