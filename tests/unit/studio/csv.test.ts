import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../../src/main/import/studio/csv';

describe('Studio CSV reader', () => {
  it('reads a quoted UTF-8 file with BOM, LF and no final newline', () => {
    const bytes = Buffer.from(
      '\ufeff"Date","Video Views"\n"March 31","10355"\n"April 1","undefined"',
      'utf8',
    );
    expect(parseCsv(decodeText(bytes), 'Overview.csv')).toEqual([
      ['Date', 'Video Views'],
      ['March 31', '10355'],
      ['April 1', 'undefined'],
    ]);
  });

  it('reads CRLF with a final newline, doubled quotes, commas and newlines inside quotes', () => {
    const text = '"Video title","Likes"\r\n"She said ""hi"", then left","5"\r\n"two\nlines","6"\r\n';
    expect(parseCsv(text, 'Content.csv')).toEqual([
      ['Video title', 'Likes'],
      ['She said "hi", then left', '5'],
      ['two\nlines', '6'],
    ]);
  });

  it('reads the unquoted Business shape and keeps a header with a trailing space for the caller', () => {
    const text = 'Date,Video views,Lost followers \n2025/10/31,NAN,--\n';
    expect(parseCsv(text, 'b.csv')).toEqual([
      ['Date', 'Video views', 'Lost followers'],
      ['2025/10/31', 'NAN', '--'],
    ]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a,b,c\n\n1,,3\n"",x,\n', 'x.csv')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['', 'x', ''],
    ]);
  });

  it('reads semicolon-separated files and UTF-16 with BOM', () => {
    expect(parseCsv('Date;Likes\nMay 1;3', 'x.csv')).toEqual([
      ['Date', 'Likes'],
      ['May 1', '3'],
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"Date","Likes"\n"May 1","3"', 'utf16le'),
    ]);
    expect(parseCsv(decodeText(utf16), 'x.csv')[1]).toEqual(['May 1', '3']);
  });

  it('names the file and line of a quote that is never closed', () => {
    expect(() => parseCsv('"a","b"\n"c","d"\n"e', 'Overview.csv')).toThrow(
      /^Overview\.csv: line 3 has a quote that is never closed$/,
    );
    expect(() => parseCsv('"a","b"\n"c,"d"\n', 'Overview.csv')).toThrow(
      /^Overview\.csv: line 2 has text after a closing quote$/,
    );
  });

  it('chooses the delimiter on the data: a semicolon file whose quoted header cell holds a comma', () => {
    const text = '"Date";"Views, total";"Likes"\n"May 1";"10";"3"\n"May 2";"12";"4"';
    expect(parseCsv(text, 'x.csv')).toEqual([
      ['Date', 'Views, total', 'Likes'],
      ['May 1', '10', '3'],
      ['May 2', '12', '4'],
    ]);
  });

  it("honours Excel's sep= line", () => {
    expect(parseCsv('sep=;\nDate;Likes\nMay 1;3', 'x.csv')).toEqual([
      ['Date', 'Likes'],
      ['May 1', '3'],
    ]);
  });

  it('reads a line of 200,000 quotes in linear time', () => {
    const quotes = '"'.repeat(200_000);
    const started = performance.now();
    expect(parseCsv(`"Date","Likes"\n${quotes}`, 'x.csv')[1]).toEqual(['"'.repeat(99_999)]);
    expect(parseCsv(`Date,Likes\nx${quotes},1`, 'x.csv')[1]).toHaveLength(2);
    // A quadratic reader takes tens of seconds here; the bound leaves room for a loaded machine.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
