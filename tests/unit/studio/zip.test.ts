import { describe, expect, it } from 'vitest';
import { readZipEntries } from '../../../src/main/import/studio/zip';
import { createZip, createZipBomb } from '../../fixtures/zip';

const SMALL = { maxEntries: 10, maxEntryBytes: 64 * 1024, maxTotalBytes: 100 * 1024 };

describe('Studio ZIP entry reader (used for XLSX)', () => {
  it('reads wanted entries with their UTC times', async () => {
    const mtime = new Date(Date.UTC(2026, 1, 3, 4, 5, 6));
    const entries = await readZipEntries(
      createZip([
        { name: 'a.csv', data: 'x', mtime },
        { name: 'b.txt', data: 'y' },
      ]),
      'z.zip',
      (n) => n.endsWith('.csv'),
    );
    expect(entries.map((e) => [e.name, e.data.toString(), e.mtime])).toEqual([
      ['a.csv', 'x', mtime.getTime()],
    ]);
  });

  it('stops an entry that inflates past the limit, counting real bytes', async () => {
    const bomb = createZipBomb(1024 * 1024, 'xl/worksheets/sheet1.xml');
    await expect(readZipEntries(bomb, 'bomb.xlsx', () => true, SMALL)).rejects.toThrow(
      /^bomb\.xlsx: xl\/worksheets\/sheet1\.xml/,
    );
    const liar = createZip([{ name: 'a.csv', data: 'z'.repeat(200 * 1024) }], { lieUncompressedSize: 10 });
    await expect(readZipEntries(liar, 'liar.zip', () => true, SMALL)).rejects.toThrow(/^liar\.zip: a\.csv/);
  });

  it('refuses too many entries and unsafe names', async () => {
    const many = createZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.csv`, data: 'x' })));
    await expect(readZipEntries(many, 'many.zip', () => true, SMALL)).rejects.toThrow(
      /^many\.zip: the archive has 11 entries/,
    );
    for (const name of ['/abs.csv', 'a/../../b.csv', 'C:/x.csv', 'a\\b.csv']) {
      await expect(readZipEntries(createZip([{ name, data: 'x' }]), 'bad.zip', () => true)).rejects.toThrow(
        /^bad\.zip: refusing an entry with an unsafe name/,
      );
    }
  });
});
