// The seed inputs of the fuzzer: small, valid exports of every format the importer reads, from the
// fixture generator (the same one the tests and the demo use). Each seed says how it may be mutated.
import { generateHistory } from '../fixtures/history';
import { accountExportEntries, type AccountLayout } from '../fixtures/tiktok/export';
import { studioTables, type StudioFile } from '../fixtures/studio/downloads';
import { generateStudio } from '../fixtures/studio/model';
import { createZip } from '../fixtures/zip';

export type SeedKind = 'json' | 'zip' | 'txt' | 'studio-csv' | 'studio-xlsx';

export interface Seed {
  kind: SeedKind;
  /** File name the case is written under (detection reads names too). */
  name: string;
  /** The JSON document (json seeds), the TXT files (txt seeds), the Studio table (studio seeds). */
  json?: unknown;
  txt?: { name: string; text: string }[];
  table?: string[][];
  studioFile?: StudioFile;
  /** The valid bytes (json, zip). */
  bytes?: Buffer;
}

export function fuzzSeeds(): Seed[] {
  const model = generateHistory({
    seed: 21,
    username: 'fuzz.maker',
    startFollowers: 40,
    followingCount: 25,
    snapshots: 1,
    months: 3,
  });
  const entries = (layout: AccountLayout) => accountExportEntries(model, 0, { layout });
  const seeds: Seed[] = [];
  for (const layout of ['A', 'B', 'C'] as const) {
    const [entry] = entries(layout);
    const bytes = Buffer.from(entry!.data);
    seeds.push({
      kind: 'json',
      name: 'user_data_tiktok.json',
      json: JSON.parse(bytes.toString('utf8')),
      bytes,
    });
    seeds.push({ kind: 'zip', name: `TikTok_Data_${layout}.zip`, bytes: createZip(entries(layout)) });
  }
  for (const layout of ['txt', 'txt2020'] as const) {
    const files = entries(layout).map((e) => ({ name: e.name, text: Buffer.from(e.data).toString('utf8') }));
    seeds.push({ kind: 'txt', name: `TikTok_Data_${layout}.zip`, txt: files });
  }
  const studio = generateStudio({ seed: 5, handle: 'fuzz.maker', days: 20, topPosts: 5 });
  const tables = studioTables(studio);
  for (const file of ['Overview', 'FollowerHistory', 'FollowerActivity', 'Content', 'Viewers'] as const) {
    seeds.push({ kind: 'studio-csv', name: `${file}.csv`, table: tables[file], studioFile: file });
    seeds.push({ kind: 'studio-xlsx', name: `${file}.xlsx`, table: tables[file], studioFile: file });
  }
  return seeds;
}
