// DataTable's sort, search and CSV export, checked against plain Array methods on generated rows.
import { describe, expect, it } from 'vitest';
import { toCsvBlob } from '../../../src/renderer/src/components/table/csv';
import { buildHaystack, filterOrder, sortedOrder } from '../../../src/renderer/src/components/table/order';
import type { Column } from '../../../src/renderer/src/components/table/types';

interface Row {
  name: string | null;
  likes: number | null;
}

function rows(n: number, seed = 1): Row[] {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, i) => ({
    name: i % 17 === 0 ? null : `user${Math.floor(rnd() * 1e6)}`,
    likes: i % 13 === 0 ? null : Math.floor(rnd() * 1000) - 100,
  }));
}

const columns: Column<Row>[] = [
  { key: 'name', header: 'Name', value: (r) => r.name },
  { key: 'likes', header: 'Likes', value: (r) => r.likes, align: 'right' },
];

describe('sortedOrder', () => {
  it.each(['asc', 'desc'] as const)('sorts numbers %s with empty values last, stable on ties', (dir) => {
    const data = rows(5000);
    const order = [...sortedOrder(data, columns[1], { key: 'likes', dir })];
    const expected = data
      .map((r, i) => [r, i] as const)
      .sort(([a, i], [b, j]) => {
        if (a.likes === null || b.likes === null)
          return a.likes === null ? (b.likes === null ? i - j : 1) : -1;
        return (dir === 'asc' ? a.likes - b.likes : b.likes - a.likes) || i - j;
      })
      .map(([, i]) => i);
    expect(order).toEqual(expected);
  });

  it('sorts text case-insensitively with empty values last', () => {
    const data: Row[] = [
      { name: 'bob', likes: 1 },
      { name: null, likes: 2 },
      { name: 'Alice', likes: 3 },
      { name: 'carl', likes: 4 },
    ];
    expect([...sortedOrder(data, columns[0], { key: 'name', dir: 'asc' })]).toEqual([2, 0, 3, 1]);
    expect([...sortedOrder(data, columns[0], { key: 'name', dir: 'desc' })]).toEqual([3, 0, 2, 1]);
  });

  it('keeps the original order without a sort', () => {
    expect([...sortedOrder(rows(10), undefined, null)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('filterOrder', () => {
  it('keeps the rows whose text columns contain every word, in sorted order', () => {
    const data = rows(3000);
    const order = sortedOrder(data, columns[1], { key: 'likes', dir: 'desc' });
    const kept = [...filterOrder(order, buildHaystack(data, columns), ' USER1  ')];
    const expected = [...order].filter((i) => (data[i]!.name ?? '').includes('user1'));
    expect(kept).toEqual(expected);
    expect(kept.length).toBeGreaterThan(0);
    // Numbers are not searched by default: "-5" must not match a likes value.
    expect(buildHaystack([{ name: 'x', likes: -5 }], columns)[0]).toBe('x');
  });

  it('returns everything for an empty query and nothing for no match', () => {
    const data = rows(100);
    const order = sortedOrder(data, undefined, null);
    expect(filterOrder(order, buildHaystack(data, columns), '  ').length).toBe(100);
    expect(filterOrder(order, buildHaystack(data, columns), 'zzz-none').length).toBe(0);
    expect(buildHaystack([], columns)).toEqual([]);
  });
});

describe('toCsvBlob', () => {
  it('writes the rows in view order, quoting and defusing formulas', async () => {
    const data: Row[] = [
      { name: 'plain', likes: 3 },
      { name: 'has, comma "quoted"', likes: null },
      { name: '=HYPERLINK("x")', likes: -2 },
    ];
    const text = await toCsvBlob(data, Uint32Array.from([2, 0, 1]), columns).text();
    expect(text).toBe('Name,Likes\r\n"\'=HYPERLINK(""x"")",-2\r\nplain,3\r\n"has, comma ""quoted""",\r\n');
  });
});
