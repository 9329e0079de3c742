// A streaming JSON scanner over Buffer chunks. It never materializes the document: it walks the structure
// byte by byte (strings are jumped over with Buffer.indexOf), asks a Route what to do with each value, and
// either descends into it, skips it (tracking only nesting and strings), hands each element of a list of
// flat records to a reusable FlatView (fields read straight from the bytes), or collects a value's bytes
// and JSON.parses just that slice. Memory stays bounded by the largest collected value, not the file.
import { BadEscapeError, FlatView, ObjectView, parseFlatObject } from './record-view';
import { SKIP, type CollectRoute, type DescendRoute, type RecordsRoute, type Route } from './routes';

/** Raised for bytes that are not JSON or end too early; `offset` is the absolute byte position. */
export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly truncated: boolean,
  ) {
    super(message);
    this.name = 'JsonScanError';
  }
}

/** Largest single value collected for JSON.parse (a record, a ProfileMap). Bigger ones are skipped. */
export const MAX_COLLECT_BYTES = 16 * 1024 * 1024;
/** Longest object key accepted; anything longer is not an export. */
const MAX_KEY_BYTES = 64 * 1024;

interface Frame {
  obj: boolean;
  route: DescendRoute | RecordsRoute;
  // object: 0 key or '}', 1 ':', 2 value, 3 ',' or '}', 4 key (after ',')
  // array:  0 value or ']', 2 value (after ','), 3 ',' or ']'
  state: number;
  key: string;
}

const RAW_NONE = 0;
const RAW_SKIP = 1;
const RAW_COLLECT = 2;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function isScalarEnd(b: number): boolean {
  return b === 0x2c || b === 0x7d || b === 0x5d || isSpace(b);
}

function describeByte(b: number): string {
  return b >= 0x21 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16).padStart(2, '0')}`;
}

export class JsonScanner {
  private readonly frames: Frame[] = [];
  private readonly view = new FlatView();
  private carry: Buffer | null = null;
  private offset = 0; // absolute offset of the next byte to be fed
  private base = 0; // absolute offset of buf[0] in the current feed
  private started = false;
  private rootDone = false;

  // Raw mode: skipping or collecting one value whatever its size.
  private raw = RAW_NONE;
  private rawDepth = 0;
  private rawInString = false;
  private rawEscape = false;
  private rawScalar = false;
  private rawParts: Buffer[] = [];
  private rawBytes = 0;
  private rawOverflow = false;
  private rawTarget: CollectRoute | RecordsRoute | null = null;

  constructor(private readonly root: (first: number) => Route) {}

  /** Absolute path segments of the containers currently open (keys; '[]' for arrays), for messages. */
  path(): string[] {
    return this.frames.map((f) => (f.obj ? f.key : '[]'));
  }

  feed(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.base = this.offset - (this.carry ? this.carry.length : 0);
    this.offset += chunk.length;
    this.carry = null;
    this.run(buf);
  }

  /** Call after the last chunk: throws when the document is incomplete. */
  end(): void {
    if (this.raw !== RAW_NONE && this.rawScalar && this.rawDepth === 0 && !this.rawInString) {
      this.finishRaw(Buffer.alloc(0), 0, 0);
    }
    if (!this.started) throw new JsonScanError('no JSON value in the file', this.offset, true);
    if (this.raw !== RAW_NONE || this.frames.length > 0 || this.carry) {
      throw new JsonScanError('the JSON ends too early (truncated file?)', this.offset, true);
    }
  }

  private fail(message: string, at: number): never {
    throw new JsonScanError(message, this.base + at, false);
  }

  private run(buf: Buffer): void {
    const n = buf.length;
    const frames = this.frames;
    let i = 0;
    while (i < n) {
      if (this.raw !== RAW_NONE) {
        i = this.scanRaw(buf, i);
        continue;
      }
      const b = buf[i]!;
      if (isSpace(b)) {
        i++;
        continue;
      }
      const top = frames[frames.length - 1];
      if (!top) {
        if (this.rootDone) this.fail(`unexpected ${describeByte(b)} after the end of the JSON`, i);
        if (!this.started && i === 0 && this.base === 0 && b === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          i += 3; // UTF-8 byte order mark
          continue;
        }
        this.started = true;
        i = this.startValue(buf, i, this.root(b), null);
        continue;
      }
      const state = top.state;
      if (top.obj) {
        if (state === 0 || state === 4) {
          if (b === 0x22) {
            const end = this.stringEnd(buf, i + 1);
            if (end < 0) {
              if (n - i > MAX_KEY_BYTES) this.fail('an object key is far too long', i);
              this.carry = buf.subarray(i);
              return;
            }
            top.key = this.decodeString(buf, i + 1, end, i);
            top.state = 1;
            i = end + 1;
          } else if (b === 0x7d && state === 0) {
            i = this.close(i);
          } else {
            this.fail(`expected a key, found ${describeByte(b)}`, i);
          }
        } else if (state === 1) {
          if (b !== 0x3a) this.fail(`expected ':', found ${describeByte(b)}`, i);
          top.state = 2;
          i++;
        } else if (state === 2) {
          const route =
            top.route.kind === 'descend' && top.route.member ? top.route.member(top.key, b) : SKIP;
          top.state = 3;
          i = this.startValue(buf, i, route, top);
        } else if (b === 0x2c) {
          top.state = 4;
          i++;
        } else if (b === 0x7d) {
          i = this.close(i);
        } else {
          this.fail(`expected ',' or '}', found ${describeByte(b)}`, i);
        }
      } else if (state === 3) {
        if (b === 0x2c) {
          top.state = 2;
          i++;
        } else if (b === 0x5d) {
          i = this.close(i);
        } else {
          this.fail(`expected ',' or ']', found ${describeByte(b)}`, i);
        }
      } else if (b === 0x5d && state === 0) {
        i = this.close(i);
      } else {
        top.state = 3;
        const route = top.route;
        if (route.kind === 'records') {
          if (b === 0x7b) {
            i = this.flatRecords(buf, i, top, route);
          } else {
            route.bad();
            this.beginRaw(RAW_SKIP, null, b);
          }
        } else {
          i = this.startValue(buf, i, route.element ? route.element(b) : SKIP, top);
        }
      }
    }
  }

  /**
   * The hot loop: consecutive flat records of a list, read without going back through the general state
   * machine. Starts at a '{'; returns where the general loop goes on (top.state tells it what comes next).
   */
  private flatRecords(buf: Buffer, start: number, top: Frame, route: RecordsRoute): number {
    const n = buf.length;
    const view = this.view;
    let i = start;
    for (;;) {
      const end = parseFlatObject(buf, i, view);
      if (end < 0) {
        top.state = 3; // the raw value stands for this element
        this.beginRaw(RAW_COLLECT, route, 0x7b); // nested, escaped key or split by the chunk end
        return i;
      }
      try {
        route.record(view);
      } catch (error) {
        if (error instanceof BadEscapeError) this.fail(error.message, error.at);
        throw error;
      }
      i = end;
      top.state = 3;
      while (i < n && isSpace(buf[i]!)) i++;
      if (i >= n || buf[i] !== 0x2c) return i;
      i++;
      top.state = 2;
      while (i < n && isSpace(buf[i]!)) i++;
      if (i >= n || buf[i] !== 0x7b) return i;
    }
  }

  private startValue(buf: Buffer, i: number, route: Route, parent: Frame | null): number {
    const b = buf[i]!;
    if (
      (b === 0x7b && route.kind === 'descend') ||
      (b === 0x5b && (route.kind === 'descend' || route.kind === 'records'))
    ) {
      this.frames.push({ obj: b === 0x7b, route, state: 0, key: '' });
      return i + 1;
    }
    if (
      b !== 0x7b &&
      b !== 0x5b &&
      b !== 0x22 &&
      b !== 0x2d &&
      !(b >= 0x30 && b <= 0x39) &&
      b !== 0x74 &&
      b !== 0x66 &&
      b !== 0x6e
    ) {
      this.fail(`expected a value, found ${describeByte(b)}`, i);
    }
    if (route.kind === 'collect') this.beginRaw(RAW_COLLECT, route, b);
    else this.beginRaw(RAW_SKIP, null, b);
    if (!parent) this.rootDone = true;
    return i;
  }

  private close(i: number): number {
    const frame = this.frames.pop()!;
    if (this.frames.length === 0) this.rootDone = true;
    frame.route.end?.();
    return i + 1;
  }

  private beginRaw(mode: number, target: CollectRoute | RecordsRoute | null, first: number): void {
    this.raw = mode;
    this.rawTarget = target;
    this.rawDepth = 0;
    this.rawInString = false;
    this.rawEscape = false;
    this.rawScalar = first !== 0x7b && first !== 0x5b && first !== 0x22;
    this.rawParts = [];
    this.rawBytes = 0;
    this.rawOverflow = false;
  }

  /** Index of the closing quote of the string whose content starts at `from`, or -1 past the buffer. */
  private stringEnd(buf: Buffer, from: number): number {
    let at = from;
    for (;;) {
      const q = buf.indexOf(0x22, at);
      if (q < 0) return -1;
      let bs = 0;
      for (let k = q - 1; k >= from && buf[k] === 0x5c; k--) bs++;
      if ((bs & 1) === 0) return q;
      at = q + 1;
    }
  }

  private decodeString(buf: Buffer, s: number, e: number, at: number): string {
    let escaped = false;
    for (let k = s; k < e && !escaped; k++) escaped = buf[k] === 0x5c;
    if (!escaped) return buf.toString('utf8', s, e);
    try {
      return JSON.parse(buf.toString('utf8', s - 1, e + 1)) as string;
    } catch {
      this.fail('an object key has an invalid escape sequence', at);
    }
  }

  /** Advances through a skipped/collected value; returns where scanning goes on. */
  private scanRaw(buf: Buffer, start: number): number {
    const n = buf.length;
    let i = start;
    if (this.rawScalar) {
      while (i < n && !isScalarEnd(buf[i]!)) i++;
      if (i < n) return this.finishRaw(buf, start, i);
      this.keepRaw(buf, start, n);
      return n;
    }
    if (this.rawEscape) {
      this.rawEscape = false;
      i++;
    }
    while (i < n) {
      if (this.rawInString) {
        const q = buf.indexOf(0x22, i);
        if (q < 0) {
          let bs = 0;
          for (let k = n - 1; k >= i && buf[k] === 0x5c; k--) bs++;
          this.rawEscape = (bs & 1) === 1;
          this.keepRaw(buf, start, n);
          return n;
        }
        let bs = 0;
        for (let k = q - 1; k >= i && buf[k] === 0x5c; k--) bs++;
        i = q + 1;
        if ((bs & 1) === 1) continue;
        this.rawInString = false;
        if (this.rawDepth === 0) return this.finishRaw(buf, start, i);
        continue;
      }
      const b = buf[i]!;
      i++;
      if (b === 0x22) this.rawInString = true;
      else if (b === 0x7b || b === 0x5b) this.rawDepth++;
      else if (b === 0x7d || b === 0x5d) {
        if (--this.rawDepth === 0) return this.finishRaw(buf, start, i);
      }
    }
    this.keepRaw(buf, start, n);
    return n;
  }

  private keepRaw(buf: Buffer, start: number, end: number): void {
    if (this.raw !== RAW_COLLECT || this.rawOverflow) return;
    this.rawBytes += end - start;
    if (this.rawBytes > MAX_COLLECT_BYTES) {
      this.rawOverflow = true;
      this.rawParts = [];
      return;
    }
    if (end > start) this.rawParts.push(buf.subarray(start, end));
  }

  private finishRaw(buf: Buffer, start: number, end: number): number {
    const mode = this.raw;
    const target = this.rawTarget;
    if (mode === RAW_COLLECT) this.keepRaw(buf, start, end);
    this.raw = RAW_NONE;
    this.rawTarget = null;
    if (mode !== RAW_COLLECT || !target) return end;
    const overflow = this.rawOverflow;
    const parts = this.rawParts;
    this.rawParts = [];
    let value: unknown;
    let ok = !overflow;
    if (ok) {
      try {
        const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
        value = JSON.parse(bytes.toString('utf8'));
      } catch {
        ok = false;
      }
    }
    if (target.kind === 'collect') {
      if (ok) target.value(value);
      else target.unreadable();
    } else if (ok && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      target.record(new ObjectView(value as Record<string, unknown>));
    } else {
      target.bad();
    }
    return end;
  }
}
