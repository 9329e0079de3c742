import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src/main/import/studio/xlsx';
import { createXlsx } from '../../fixtures/studio/xlsx';
import { createZip } from '../../fixtures/zip';

const TABLE = [
  ['Date', 'Video Views', 'Profile Views'],
  ['March 31', '10355', 'undefined'],
  ['April 1', '7 & <8>', '"q"'],
];

describe('Studio XLSX reader', () => {
  it('reads inline-string cells', async () => {
    expect(await readXlsx(createXlsx('Overview', TABLE), 'Overview.xlsx')).toEqual(TABLE);
  });

  it('reads shared-string cells', async () => {
    expect(await readXlsx(createXlsx('Overview', TABLE, { sharedStrings: true }), 'Overview.xlsx')).toEqual(
      TABLE,
    );
  });

  it('places cells by reference, reads rich-text runs, prefixes and numeric cells, follows the relationships', async () => {
    const sheet =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Likes</x:t></x:is></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="C2"><x:v>12</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const shared =
      '<sst><si><r><t>Da</t></r><r><t xml:space="preserve">te</t></r><rPh><t>ignored</t></rPh></si><si><t>May &#49;</t></si></sst>';
    const bytes = createZip([
      {
        name: 'xl/workbook.xml',
        data: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId7"/></sheets></workbook>',
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: '<Relationships><Relationship Id="rId7" Target="/xl/worksheets/data.xml"/></Relationships>',
      },
      { name: 'xl/worksheets/data.xml', data: sheet },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: '<worksheet><sheetData><row><c t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>',
      },
      { name: 'xl/sharedStrings.xml', data: shared },
    ]);
    expect(await readXlsx(bytes, 'x.xlsx')).toEqual([
      ['Date', '', 'Likes'],
      ['May 1', '', '12'],
    ]);
  });

  it('refuses an archive with a path-traversal entry name, naming the file', async () => {
    const bytes = createZip([
      { name: '../evil.xml', data: 'x' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' },
    ]);
    await expect(readXlsx(bytes, 'Overview.xlsx')).rejects.toThrow(
      /^Overview\.xlsx: refusing an entry with an unsafe name/,
    );
  });

  it('names the file when it is not a ZIP or has no sheet', async () => {
    await expect(readXlsx(Buffer.from('not a zip'), 'Bad.xlsx')).rejects.toThrow(
      /^Bad\.xlsx: not a readable ZIP/,
    );
    await expect(readXlsx(createZip([{ name: 'a.txt', data: 'x' }]), 'Empty.xlsx')).rejects.toThrow(
      /^Empty\.xlsx: not a spreadsheet/,
    );
  });
});
