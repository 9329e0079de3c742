// Test-side helpers: a sink that collects into arrays (the real ExportSink interface) and temp files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type {
  AccountRecord,
  ActivityKind,
  ExportSink,
  MessageThreadRecord,
  PostRecord,
  ProfileRecord,
  SectionKind,
  TermKind,
  TermRecord,
} from '../../../src/main/import/sink';
import { openImportSource } from '../../../src/main/import/source';
import { readTikTokAccountExport } from '../../../src/main/import/tiktok';

export class CollectingSink implements ExportSink {
  profiles: ProfileRecord[] = [];
  followers: AccountRecord[] = [];
  followings: AccountRecord[] = [];
  blocks: AccountRecord[] = [];
  activities: Array<{ kind: ActivityKind; at: number }> = [];
  terms: Array<{ kind: TermKind } & TermRecord> = [];
  posts: PostRecord[] = [];
  threads: MessageThreadRecord[] = [];
  sections = new Map<SectionKind, number>();
  warnings: string[] = [];
  progressCalls: number[] = [];

  profile(r: ProfileRecord): void {
    this.profiles.push(r);
  }
  follower(r: AccountRecord): void {
    this.followers.push(r);
  }
  following(r: AccountRecord): void {
    this.followings.push(r);
  }
  blocked(r: AccountRecord): void {
    this.blocks.push(r);
  }
  activity(kind: ActivityKind, at: number): void {
    this.activities.push({ kind, at });
  }
  term(kind: TermKind, r: TermRecord): void {
    this.terms.push({ kind, ...r });
  }
  post(r: PostRecord): void {
    this.posts.push(r);
  }
  messageThread(r: MessageThreadRecord): void {
    this.threads.push(r);
  }
  sectionDone(section: SectionKind, records: number): void {
    this.sections.set(section, (this.sections.get(section) ?? 0) + records);
  }
  warn(message: string): void {
    this.warnings.push(message);
  }
  progress(bytes: number): void {
    this.progressCalls.push(bytes);
  }
  activityOf(kind: ActivityKind): number[] {
    return this.activities.filter((a) => a.kind === kind).map((a) => a.at);
  }
}

export function tempDir(prefix = 'fs-import-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeFile(dir: string, rel: string, data: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
}

/** Opens `input` and reads it as an account export into a fresh sink. */
export async function importPath(input: string, signal?: AbortSignal) {
  const sink = new CollectingSink();
  const source = await openImportSource(input, { signal });
  try {
    const description = await readTikTokAccountExport(source, sink, signal);
    return { sink, description };
  } finally {
    await source.close();
  }
}

export const utc = (s: string): number => Date.parse(s.replace(' ', 'T') + 'Z');
