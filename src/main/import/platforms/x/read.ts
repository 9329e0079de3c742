// Reads an X archive: followers and following as account ids (the archive has no usernames and no
// dates for them, so lists show the id and snapshots compare by id), and the account's own username from
// account.js. That file also holds the e-mail address, phone and creation IP: only `username` is read.
import { ImportInputError } from '../../sink';
import type { ExportSink } from '../../sink';
import type { ImportSource } from '../../source/types';
import { usernameOnlyProfile } from '../relations';
import type { PlatformExportDescription } from '../types';
import type { XDetection } from './detect';
import { JsonScanError } from '../../json/scanner';
import { streamYtd } from './ytd';

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
  // Ids go to the sink as they are read; an id in two part files (or twice) is merged by the sink.
  const given = new Map<'follower' | 'following', number>();
  let bytes = 0;
  for (const { entry, data } of detection.files) {
    recognized?.throwIfAborted();
    let unreadable = 0;
    let ids = 0;
    const onItem = (item: unknown) => {
      if (data === 'account') {
        username ??= field(item, 'account', 'username');
        return;
      }
      const id = field(item, data, 'accountId');
      if (id === null || !/^\d{1,20}$/.test(id)) unreadable++;
      else {
        if (data === 'follower') sink.follower({ username: id, at: null });
        else sink.following({ username: id, at: null });
        ids++;
      }
    };
    const stream = await source.open(entry, signal);
    let broken: number | null;
    try {
      broken = await streamYtd(stream as AsyncIterable<Buffer>, onItem, {
        signal,
        onBytes: (n) => sink.progress((bytes += n)),
      });
    } catch (error) {
      if (error instanceof JsonScanError)
        throw new ImportInputError(entry.name, 'not a readable X archive file (damaged or cut short)');
      throw error;
    } finally {
      stream.destroy();
    }
    if (broken === null) {
      throw new ImportInputError(
        entry.name,
        `not a readable X archive file (it should start with "window.YTD.${data}.part0 = [")`,
      );
    }
    unreadable += broken;
    if (data !== 'account') given.set(data, (given.get(data) ?? 0) + ids);
    if (unreadable > 0) sink.warn(`${entry.name}: ${unreadable} entries without an account id`);
  }
  if (username) sink.profile(usernameOnlyProfile(username));
  const followers = given.get('follower');
  if (followers !== undefined) sink.sectionDone('followers', followers);
  const following = given.get('following');
  if (following !== undefined) sink.sectionDone('following', following);
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
