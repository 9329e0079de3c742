// Reads an X archive: followers and following as account ids (the archive has no usernames and no
// dates for them, so lists show the id and snapshots compare by id), and the account's own username from
// account.js. That file also holds the e-mail address, phone and creation IP: only `username` is read.
import { ImportInputError } from '../../sink';
import type { ExportSink } from '../../sink';
import type { ImportSource } from '../../source/types';
import { readEntryText } from '../read-entry';
import { usernameOnlyProfile } from '../relations';
import type { PlatformExportDescription } from '../types';
import type { XDetection } from './detect';
import { parseYtd } from './ytd';

function field(item: unknown, wrapper: string, key: string): string | null {
  if (!item || typeof item !== 'object') return null;
  const inner = (item as Record<string, unknown>)[wrapper];
  if (!inner || typeof inner !== 'object') return null;
  const v = (inner as Record<string, unknown>)[key];
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

export async function readXArchive(
  source: ImportSource,
  detection: XDetection,
  sink: ExportSink,
  signal?: AbortSignal,
  recognized?: AbortSignal,
): Promise<PlatformExportDescription> {
  let username: string | null = null;
  const ids = { follower: new Set<string>(), following: new Set<string>() };
  const seen = new Set<string>();
  let bytes = 0;
  for (const { entry, data } of detection.files) {
    recognized?.throwIfAborted();
    const text = await readEntryText(source, entry, signal, (n) => sink.progress((bytes += n)));
    let items: unknown[] | null;
    try {
      items = parseYtd(text);
    } catch {
      throw new ImportInputError(entry.name, 'not a readable X archive file (damaged or cut short)');
    }
    if (items === null) {
      throw new ImportInputError(
        entry.name,
        `not a readable X archive file (it should start with "window.YTD.${data}.part0 = [")`,
      );
    }
    if (data === 'account') {
      for (const item of items) username ??= field(item, 'account', 'username');
      continue;
    }
    seen.add(data);
    let unreadable = 0;
    for (const item of items) {
      const id = field(item, data, 'accountId');
      if (id === null || !/^\d{1,20}$/.test(id)) unreadable++;
      else ids[data].add(id);
    }
    if (unreadable > 0) sink.warn(`${entry.name}: ${unreadable} entries without an account id`);
  }
  if (username) sink.profile(usernameOnlyProfile(username));
  for (const id of ids.follower) sink.follower({ username: id, at: null });
  if (seen.has('follower')) sink.sectionDone('followers', ids.follower.size);
  for (const id of ids.following) sink.following({ username: id, at: null });
  if (seen.has('following')) sink.sectionDone('following', ids.following.size);
  return {
    platform: 'x',
    format: 'js',
    layout: null,
    sourceName: source.sourceName,
    containerTime: source.containerTime,
    bytesTotal: detection.files.reduce((n, f) => n + f.entry.size, 0),
    username,
    followsSince: null,
  };
}
