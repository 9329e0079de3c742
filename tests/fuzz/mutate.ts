// Seeded mutations of a seed export, each described in words so a failing case can be reproduced and read:
// byte edits (flips, cuts, splices, hostile tokens), JSON structure edits (keys dropped, values retyped,
// huge numbers, long strings, deep nesting, many keys), TXT line edits, Studio cell edits, ZIP byte edits.
import type { Rng } from '../fixtures/prng';
import { studioCsv } from '../fixtures/studio/csv';
import { createXlsx } from '../fixtures/studio/xlsx';
import { createZip } from '../fixtures/zip';
import type { Seed } from './seeds';

export interface FuzzCase {
  name: string;
  bytes: Buffer;
  /** What was done to the seed, for the report. */
  what: string;
}

const HOSTILE_TOKENS = [
  '"',
  '\\',
  '\\u12',
  '\\x41',
  '{',
  '[',
  ']]]]',
  '}}',
  ',',
  ':',
  'null',
  '-',
  '1e999999',
  '12345678901234567890123',
  '\u0000',
  '\uffff',
  '\ud800',
  '\r\n',
  '"a":',
  ';',
  '\t',
  '""""""""',
];

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  1.2345678901234568e22, // a 23-digit count, as JSON.parse reads one
  '',
  '12345678901234567890123',
  'x'.repeat(5000),
  '2025-02-30 10:00:00',
  '0000-00-00 00:00:00',
  '9999-99-99',
  '\u0000',
  '@',
  [],
  {},
  [[[[[]]]]],
  { a: { b: { c: {} } } },
];

export function mutateBytes(rng: Rng, bytes: Buffer): { bytes: Buffer; what: string } {
  const out = Buffer.from(bytes);
  const at = rng.int(0, Math.max(0, out.length - 1));
  switch (rng.int(0, 6)) {
    case 0: {
      const n = rng.int(1, 8);
      for (let i = 0; i < n; i++) {
        const k = rng.int(0, out.length - 1);
        out[k] = out[k]! ^ (1 << rng.int(0, 7));
      }
      return { bytes: out, what: `flipped ${n} bits` };
    }
    case 1:
      return { bytes: out.subarray(0, at), what: `cut at byte ${at}` };
    case 2: {
      const len = rng.int(1, 64);
      return {
        bytes: Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + len))]),
        what: `removed ${len} bytes at ${at}`,
      };
    }
    case 3: {
      const token = rng.pick(HOSTILE_TOKENS).repeat(rng.chance(0.2) ? rng.int(2, 2000) : 1);
      return {
        bytes: Buffer.concat([out.subarray(0, at), Buffer.from(token, 'utf8'), out.subarray(at)]),
        what: `inserted ${JSON.stringify(token.slice(0, 20))}${token.length > 20 ? `…(${token.length})` : ''} at ${at}`,
      };
    }
    case 4: {
      const from = rng.int(0, Math.max(0, out.length - 1));
      const len = rng.int(1, 256);
      const piece = out.subarray(from, from + len);
      return {
        bytes: Buffer.concat([out.subarray(0, at), piece, out.subarray(at)]),
        what: `copied ${piece.length} bytes from ${from} to ${at}`,
      };
    }
    case 5: {
      const b = rng.pick([0x00, 0xff, 0x80, 0xc0, 0xef, 0x22, 0x5c, 0x0a]);
      out[at] = b;
      return { bytes: out, what: `set byte ${at} to 0x${b.toString(16)}` };
    }
    default: {
      const n = rng.int(2, 6);
      for (let i = 0; i < n; i++) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
      return { bytes: out, what: `randomized ${n} bytes` };
    }
  }
}

/** Every (container, key) slot of a JSON value, for picking one at random. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      slots(v, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      slots(v, out);
    }
  }
  return out;
}

export function mutateJson(rng: Rng, doc: unknown): { value: unknown; what: string } {
  const value = structuredClone(doc);
  const all = slots(value);
  if (all.length === 0) return { value, what: 'unchanged' };
  const [holder, key] = rng.pick(all);
  const set = (v: unknown) => ((holder as Record<string | number, unknown>)[key] = v);
  switch (rng.int(0, 6)) {
    case 0:
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key as string];
      return { value, what: `dropped ${String(key)}` };
    case 1: {
      const v = rng.pick(HOSTILE_VALUES);
      set(structuredClone(v));
      return { value, what: `${String(key)} = ${JSON.stringify(v)?.slice(0, 40)}` };
    }
    case 2: {
      let deep: unknown = {};
      const depth = rng.int(50, 3000);
      for (let i = 0; i < depth; i++) deep = rng.chance(0.5) ? [deep] : { d: deep };
      set(deep);
      return { value, what: `${String(key)} nested ${depth} deep` };
    }
    case 3: {
      const many: Record<string, number> = {};
      const n = rng.int(100, 20_000);
      for (let i = 0; i < n; i++) many[`k${i}`] = i;
      set(many);
      return { value, what: `${String(key)} = object of ${n} keys` };
    }
    case 4: {
      const n = rng.int(1000, 200_000);
      set(rng.pick(['a', '"', '\\', 'é', ' ']).repeat(n));
      return { value, what: `${String(key)} = string of ${n} characters` };
    }
    case 5: {
      const v = (holder as Record<string | number, unknown>)[key];
      set([v, v, v]);
      return { value, what: `${String(key)} tripled into a list` };
    }
    default: {
      if (!Array.isArray(holder)) {
        const v = holder[key as string];
        delete holder[key as string];
        holder[`${String(key)} `.toUpperCase()] = v;
        return { value, what: `renamed ${String(key)}` };
      }
      holder.reverse();
      return { value, what: 'reversed a list' };
    }
  }
}

export function mutateLines(rng: Rng, text: string): { text: string; what: string } {
  const lines = text.split('\n');
  const at = rng.int(0, Math.max(0, lines.length - 1));
  switch (rng.int(0, 4)) {
    case 0:
      lines.splice(at, rng.int(1, 5));
      return { text: lines.join('\n'), what: `dropped lines from ${at}` };
    case 1:
      lines.splice(at, 0, ...lines.slice(at, at + rng.int(1, 20)));
      return { text: lines.join('\n'), what: `repeated lines at ${at}` };
    case 2: {
      const line = rng.pick([
        'Date: ',
        'Username: ',
        ':',
        'Date: 2025-02-30 99:99:99',
        'x'.repeat(100_000),
        '\u0000',
        '',
      ]);
      lines.splice(at, 0, line);
      return { text: lines.join('\n'), what: `inserted line ${JSON.stringify(line.slice(0, 30))} at ${at}` };
    }
    case 3:
      return { text: lines.join('\r\n'), what: 'CRLF line ends' };
    default:
      lines[at] = (lines[at] ?? '').slice(0, rng.int(0, 10));
      return { text: lines.join('\n'), what: `cut line ${at}` };
  }
}

const CELL_VALUES = [
  '',
  '-',
  'NAN',
  'undefined',
  '12345678901234567890123',
  '-5',
  '1e309',
  '3.5',
  '2025-02-30',
  '0000-00-00',
  '31 Feb',
  '"',
  '""""',
  '=1+1',
  '<x/>',
  '&amp;',
  'x'.repeat(10_000),
  '"'.repeat(5000),
];

export function mutateTable(rng: Rng, table: string[][]): { table: string[][]; what: string } {
  const t = table.map((row) => [...row]);
  const r = rng.int(0, t.length - 1);
  const row = t[r]!;
  switch (rng.int(0, 3)) {
    case 0: {
      const c = rng.int(0, Math.max(0, row.length - 1));
      const v = rng.pick(CELL_VALUES);
      row[c] = v;
      return { table: t, what: `cell ${r},${c} = ${JSON.stringify(v.slice(0, 20))}` };
    }
    case 1:
      t.splice(r, 1);
      return { table: t, what: `dropped row ${r}` };
    case 2:
      row.push(...Array.from({ length: rng.int(1, 50) }, () => rng.pick(CELL_VALUES)));
      return { table: t, what: `row ${r} got extra cells` };
    default:
      for (let i = 0; i < rng.int(1, 400); i++) t.push([...row]);
      return { table: t, what: `row ${r} repeated` };
  }
}

/** One case from a seed: a structural or byte mutation suited to its format. */
export function fuzzCase(rng: Rng, seed: Seed): FuzzCase {
  const bytesToo = rng.chance(0.35);
  switch (seed.kind) {
    case 'json': {
      if (bytesToo) {
        const m = mutateBytes(rng, seed.bytes!);
        return { name: seed.name, bytes: m.bytes, what: `json bytes: ${m.what}` };
      }
      const m = mutateJson(rng, seed.json);
      return { name: seed.name, bytes: Buffer.from(JSON.stringify(m.value)), what: `json: ${m.what}` };
    }
    case 'zip': {
      const m = mutateBytes(rng, seed.bytes!);
      return { name: seed.name, bytes: m.bytes, what: `zip bytes: ${m.what}` };
    }
    case 'txt': {
      const files = seed.txt!.map((f) => ({ ...f }));
      const f = rng.pick(files);
      const m = mutateLines(rng, f.text);
      f.text = m.text;
      const zip = createZip(files.map((x) => ({ name: x.name, data: x.text })));
      if (bytesToo) {
        const b = mutateBytes(rng, zip);
        return { name: seed.name, bytes: b.bytes, what: `txt ${f.name}: ${m.what}; zip bytes: ${b.what}` };
      }
      return { name: seed.name, bytes: zip, what: `txt ${f.name}: ${m.what}` };
    }
    case 'studio-csv':
    case 'studio-xlsx': {
      const m = mutateTable(rng, seed.table!);
      const bytes =
        seed.kind === 'studio-csv'
          ? Buffer.from(studioCsv(m.table), 'utf8')
          : createXlsx(seed.studioFile!, m.table);
      if (bytesToo) {
        const b = mutateBytes(rng, bytes);
        return { name: seed.name, bytes: b.bytes, what: `${seed.kind} ${m.what}; bytes: ${b.what}` };
      }
      return { name: seed.name, bytes, what: `${seed.kind} ${m.what}` };
    }
  }
}
