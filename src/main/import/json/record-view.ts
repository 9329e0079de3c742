// A read-only view of one record (a JSON object of an export list, or a TXT block) that readers query by
// field name. Names are matched loosely: case-insensitive, ignoring everything but letters and digits, so
// "UserName", "Username", "user_name" and "User Name" are all "username", and "Like(s)" is "likes". Values that mean "no value" read as null.
import { parseExportDate } from '../dates';
import { noValue, toText } from '../values';

export interface RecordView {
  /** The field as trimmed text (numbers as their digits), or null when absent or "no value". */
  text(name: string): string | null;
  /** The field as an export date (epoch ms UTC), or null. */
  time(name: string): number | null;
  /** Is the field there at all (even as "N/A" or null)? */
  has(name: string): boolean;
}

/** "User Name" -> "username", "Like(s)" -> "likes": the form every lookup uses. */
export function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A view over an already-parsed object (the slow path, and small objects such as ProfileMap). */
export class ObjectView implements RecordView {
  private readonly fields = new Map<string, unknown>();
  constructor(obj: Record<string, unknown>) {
    for (const k of Object.keys(obj)) {
      const key = fieldKey(k);
      if (!this.fields.has(key)) this.fields.set(key, obj[k]);
    }
  }
  static fromMap(fields: Map<string, string>): ObjectView {
    const v = new ObjectView({});
    for (const [k, val] of fields) v.fields.set(k, val);
    return v;
  }
  raw(name: string): unknown {
    return this.fields.get(name);
  }
  has(name: string): boolean {
    return this.fields.has(name);
  }
  text(name: string): string | null {
    return toText(this.fields.get(name));
  }
  time(name: string): number | null {
    const v = this.fields.get(name);
    return noValue(v) ? null : parseExportDate(v);
  }
}

const KIND_STRING = 1;
const KIND_STRING_ESCAPED = 2;
const KIND_NUMBER = 3;
const KIND_LITERAL = 4;
const MAX_FLAT_FIELDS = 64;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function daysFromCivil(y: number, m: number, d: number): number {
  // Howard Hinnant's algorithm: days since 1970-01-01 for a proleptic Gregorian date.
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(buf: Buffer, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Fast path for the exact "YYYY-MM-DD HH:MM:SS" bytes; NaN when the bytes are in any other shape. */
function fastDate(buf: Buffer, s: number, e: number): number {
  if (e - s !== 19 || buf[s + 4] !== 45 || buf[s + 7] !== 45 || buf[s + 10] !== 32) return NaN;
  if (buf[s + 13] !== 58 || buf[s + 16] !== 58) return NaN;
  const y = digits(buf, s, 4);
  const mo = digits(buf, s + 5, 2);
  const d = digits(buf, s + 8, 2);
  const h = digits(buf, s + 11, 2);
  const mi = digits(buf, s + 14, 2);
  const se = digits(buf, s + 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > MONTH_DAYS[mo - 1]!) return NaN;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return NaN;
  if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return NaN;
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + se * 1000;
}

/**
 * A view over a flat JSON object's bytes (string/number/literal values only), filled by parseFlatObject
 * without creating strings for fields nobody asks for. Reused for every record of a list.
 */
export class FlatView implements RecordView {
  buf: Buffer = Buffer.alloc(0);
  count = 0;
  /** Per field: key start, key end, value start, value end, value kind. */
  readonly spans = new Int32Array(MAX_FLAT_FIELDS * 5);

  private find(name: string): number {
    const buf = this.buf;
    const spans = this.spans;
    for (let f = 0; f < this.count; f++) {
      const ks = spans[f * 5]!;
      const ke = spans[f * 5 + 1]!;
      let j = 0;
      let ok = true;
      for (let i = ks; i < ke; i++) {
        let b = buf[i]!;
        if (b >= 65 && b <= 90) b += 32;
        else if (!((b >= 97 && b <= 122) || (b >= 48 && b <= 57))) continue; // only letters and digits count
        if (j >= name.length || b !== name.charCodeAt(j)) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok && j === name.length) return f;
    }
    return -1;
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  text(name: string): string | null {
    const f = this.find(name);
    if (f < 0) return null;
    const s = this.spans[f * 5 + 2]!;
    const e = this.spans[f * 5 + 3]!;
    const kind = this.spans[f * 5 + 4]!;
    let v: unknown;
    if (kind === KIND_STRING) v = this.buf.toString('utf8', s, e);
    else if (kind === KIND_STRING_ESCAPED) v = JSON.parse(this.buf.toString('utf8', s - 1, e + 1)) as string;
    else if (kind === KIND_NUMBER) v = this.buf.toString('latin1', s, e);
    else if (this.buf[s] === 0x6e) v = null;
    else v = this.buf.toString('latin1', s, e);
    return toText(v);
  }

  time(name: string): number | null {
    const f = this.find(name);
    if (f < 0) return null;
    const s = this.spans[f * 5 + 2]!;
    const e = this.spans[f * 5 + 3]!;
    if (this.spans[f * 5 + 4] === KIND_STRING) {
      const t = fastDate(this.buf, s, e);
      if (!Number.isNaN(t)) return t;
    }
    const text = this.text(name);
    return text === null ? null : parseExportDate(text);
  }
}

/**
 * Reads the flat object starting at buf[pos] === '{' into `view`. Returns the index just past its '}',
 * -1 when the buffer ends first (the caller retries with more bytes), or -2 when the object is not flat
 * or not valid (the caller falls back to JSON.parse, which judges validity).
 */
export function parseFlatObject(buf: Buffer, pos: number, view: FlatView): number {
  const n = buf.length;
  const spans = view.spans;
  let count = 0;
  let i = pos + 1;
  view.buf = buf;
  view.count = 0;
  while (i < n && isSpace(buf[i]!)) i++;
  if (i >= n) return -1;
  if (buf[i] === 0x7d) {
    return i + 1;
  }
  for (;;) {
    if (buf[i] !== 0x22) return -2;
    const ks = i + 1;
    const ke = buf.indexOf(0x22, ks);
    if (ke < 0) return -1;
    if (buf[ke - 1] === 0x5c) return -2; // escaped quote in a key: leave it to JSON.parse
    i = ke + 1;
    while (i < n && isSpace(buf[i]!)) i++;
    if (i >= n) return -1;
    if (buf[i] !== 0x3a) return -2;
    i++;
    while (i < n && isSpace(buf[i]!)) i++;
    if (i >= n) return -1;
    const c = buf[i]!;
    let vs: number;
    let ve: number;
    let kind: number;
    if (c === 0x22) {
      vs = i + 1;
      kind = KIND_STRING;
      let from = vs;
      for (;;) {
        const q = buf.indexOf(0x22, from);
        if (q < 0) return -1;
        let bs = 0;
        for (let k = q - 1; k >= vs && buf[k] === 0x5c; k--) bs++;
        if ((bs & 1) === 0) {
          ve = q;
          break;
        }
        from = q + 1;
      }
      for (let k = vs; k < ve; k++) {
        const b = buf[k]!;
        if (b === 0x5c) {
          kind = KIND_STRING_ESCAPED;
          break;
        }
        if (b < 0x20) return -2; // raw control character: invalid JSON
      }
      i = ve + 1;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      vs = i;
      kind = KIND_NUMBER;
      while (i < n) {
        const b = buf[i]!;
        if ((b >= 0x30 && b <= 0x39) || b === 0x2e || b === 0x2d || b === 0x2b || b === 0x65 || b === 0x45)
          i++;
        else break;
      }
      if (i >= n) return -1;
      ve = i;
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
      if (i + word.length > n) return -1;
      for (let k = 0; k < word.length; k++) if (buf[i + k] !== word.charCodeAt(k)) return -2;
      vs = i;
      ve = i + word.length;
      kind = KIND_LITERAL;
      i = ve;
    } else {
      return -2; // nested object/array or invalid
    }
    if (count >= MAX_FLAT_FIELDS) return -2;
    const o = count * 5;
    spans[o] = ks;
    spans[o + 1] = ke;
    spans[o + 2] = vs;
    spans[o + 3] = ve;
    spans[o + 4] = kind;
    count++;
    view.count = count;
    while (i < n && isSpace(buf[i]!)) i++;
    if (i >= n) return -1;
    const sep = buf[i];
    if (sep === 0x2c) {
      i++;
      while (i < n && isSpace(buf[i]!)) i++;
      if (i >= n) return -1;
      continue;
    }
    if (sep === 0x7d) return i + 1;
    return -2;
  }
}
