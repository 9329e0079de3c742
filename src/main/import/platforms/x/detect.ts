// Is this an X (Twitter) archive? Judged by content: data files starting `window.YTD.follower.part`,
// `window.YTD.following.part` or `window.YTD.account.part`, wherever they sit and whatever their names.
import { readEntryHead } from '../../source/head';
import { extensionOf } from '../../source/paths';
import type { ImportSource, SourceEntry } from '../../source/types';
import { realEntries } from '../read-entry';
import { ytdNameOf } from './ytd';

export type XFileKind = 'follower' | 'following' | 'account';

export interface XDetection {
  kind: 'x';
  files: Array<{ entry: SourceEntry; data: XFileKind }>;
}

const WANTED = new Set<string>(['follower', 'following', 'account']);
const BY_NAME = /(?:^|\/)data\/(follower|following)\.js$/i;

export async function detectX(source: ImportSource, signal?: AbortSignal): Promise<XDetection | null> {
  const files: XDetection['files'] = [];
  for (const entry of realEntries(source.entries)) {
    if (extensionOf(entry.name) !== 'js' || entry.size === 0) continue;
    // Only the data files can say what they are; an archive's data/ folder holds a few hundred.
    const name = ytdNameOf(
      (await readEntryHead(source, entry, 256, signal)).toString('utf8').replace(/^\uFEFF/, ''),
    );
    if (name && WANTED.has(name)) files.push({ entry, data: name as XFileKind });
    // An archive's follower.js or following.js without its `window.YTD` line is a damaged data file:
    // taken in so the reader refuses it by name, never skipped (that would read as "no followers").
    else if (!name && BY_NAME.test(entry.name)) {
      files.push({ entry, data: BY_NAME.exec(entry.name)![1]!.toLowerCase() as XFileKind });
    }
  }
  if (!files.some((f) => f.data !== 'account')) return null;
  files.sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'en', { numeric: true }));
  return { kind: 'x', files };
}
