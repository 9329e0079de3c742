// Reads a generated Instagram or X export through the real source, detector and reader into a sink that
// collects everything, including the user's own lists.
import type { AccountRecord } from '../../../src/main/import/sink';
import { openImportSource } from '../../../src/main/import/source';
import { detectInstagram } from '../../../src/main/import/platforms/instagram/detect';
import { readInstagramExport } from '../../../src/main/import/platforms/instagram/read';
import type { RelationKind, RelationSink } from '../../../src/main/import/platforms/relations';
import { detectX } from '../../../src/main/import/platforms/x/detect';
import { readXArchive } from '../../../src/main/import/platforms/x/read';
import { CollectingSink } from '../import/helpers';

export class RelationCollectingSink extends CollectingSink implements RelationSink {
  relations = new Map<RelationKind, AccountRecord[]>();
  relationSections = new Map<RelationKind, number>();
  relation(kind: RelationKind, record: AccountRecord): void {
    const list = this.relations.get(kind) ?? [];
    list.push(record);
    this.relations.set(kind, list);
  }
  relationDone(kind: RelationKind, records: number): void {
    this.relationSections.set(kind, records);
  }
  names(kind: RelationKind): string[] {
    return (this.relations.get(kind) ?? []).map((r) => r.username).sort();
  }
}

export async function readInstagramPath(input: string, timeZone = 'UTC') {
  const source = await openImportSource(input);
  try {
    const detection = await detectInstagram(source);
    if (!detection) throw new Error(`${input}: not detected as Instagram`);
    const sink = new RelationCollectingSink();
    const description = await readInstagramExport(source, detection, sink, { timeZone });
    return { sink, description, detection };
  } finally {
    await source.close();
  }
}

export async function readXPath(input: string) {
  const source = await openImportSource(input);
  try {
    const detection = await detectX(source);
    if (!detection) throw new Error(`${input}: not detected as an X archive`);
    const sink = new RelationCollectingSink();
    const description = await readXArchive(source, detection, sink);
    return { sink, description };
  } finally {
    await source.close();
  }
}

export const sortedNames = (records: ReadonlyArray<{ username: string }>): string[] =>
  records.map((r) => r.username).sort();
