// The scanner against JSON.parse as the oracle: every record list, fed in chunks of every size, must give
// exactly the records JSON.parse sees, whatever the escapes, nesting and whitespace.
import { describe, expect, it } from 'vitest';
import { SKIP, type Route } from '../../../src/main/import/json/routes';
import { JsonScanError, JsonScanner } from '../../../src/main/import/json/scanner';

interface Seen {
  names: Array<string | null>;
  dates: Array<number | null>;
  bad: number;
  collected: unknown[];
}

function scan(doc: Buffer, chunk: number): Seen {
  const seen: Seen = { names: [], dates: [], bad: 0, collected: [] };
  const root = (): Route => ({
    kind: 'descend',
    member: (key) => {
      if (key === 'list') {
        return {
          kind: 'records',
          record: (v) => {
            seen.names.push(v.text('username'));
            seen.dates.push(v.time('date'));
          },
          bad: () => seen.bad++,
        };
      }
      if (key === 'keep')
        return { kind: 'collect', value: (v) => seen.collected.push(v), unreadable: () => seen.bad++ };
      return SKIP;
    },
  });
  const s = new JsonScanner(root);
  for (let i = 0; i < doc.length; i += chunk) s.feed(doc.subarray(i, i + chunk));
  s.end();
  return seen;
}

const items = [
  { Date: '2025-10-01 09:31:12', UserName: 'plain' },
  { date: '2024-02-29 00:00:00 UTC', username: 'quo\\"te' },
  { DATE: null, USERNAME: 'N/A' },
  { Date: '2025-01-01 00:00:00', UserName: 'ünï©ødé 🎉', extra: { nested: [1, { a: '}' }] } },
  { Date: '2025-01-01T10:00:00', UserName: 'tab\tnew\nline\\', n: -1.5e3, t: true, f: false },
  'not an object',
  { Date: '2025-03-03 03:03:03', 'User Name': 'spaced key' },
];

const doc = Buffer.from(
  JSON.stringify(
    {
      skipped: { deep: [[[{ '"]}': '[{' }]]], s: 'x\\"}]' },
      list: items,
      keep: { a: [1, 2, { b: 'c' }], u: '\u00e9' },
      tail: 'done',
    },
    null,
    2,
  ),
);

describe('JsonScanner', () => {
  const truth = scan(doc, doc.length);
  it('reads records like JSON.parse does', () => {
    expect(truth.names).toEqual(['plain', 'quo\\"te', null, 'ünï©ødé 🎉', 'tab\tnew\nline\\', 'spaced key']);
    expect(truth.dates).toEqual([
      Date.UTC(2025, 9, 1, 9, 31, 12),
      Date.UTC(2024, 1, 29),
      null,
      Date.UTC(2025, 0, 1),
      Date.UTC(2025, 0, 1, 10),
      Date.UTC(2025, 2, 3, 3, 3, 3),
    ]);
    expect(truth.bad).toBe(1);
    expect(truth.collected).toEqual([JSON.parse(doc.toString()).keep]);
  });
  it('gives the same result for every chunk size', () => {
    for (let chunk = 1; chunk <= 64; chunk++) expect(scan(doc, chunk), `chunk ${chunk}`).toEqual(truth);
  });
  it('reports truncation with the byte offset', () => {
    for (const cut of [1, 10, doc.indexOf('plain'), doc.length - 2]) {
      const part = doc.subarray(0, cut);
      let err: unknown;
      try {
        scan(part, 7);
      } catch (e) {
        err = e;
      }
      expect(err, `cut ${cut}`).toBeInstanceOf(JsonScanError);
      expect((err as JsonScanError).truncated).toBe(true);
      expect((err as JsonScanError).offset).toBe(cut);
    }
  });
  it('rejects bytes that are not JSON', () => {
    expect(() => scan(Buffer.from('{"a" 1}'), 3)).toThrow(/expected ':'/);
    expect(() => scan(Buffer.from('{"a": 1} x'), 3)).toThrow(/after the end/);
    expect(() => scan(Buffer.from('hello'), 3)).toThrow(/expected a value/);
  });
});
