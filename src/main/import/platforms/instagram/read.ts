// Reads an Instagram export into the sink: followers (merged over followers_1, _2, ...), following and
// blocked as audience lists; pending requests, recently unfollowed, close friends and restricted as the
// user's own lists; the username from personal_information alone (JSON or HTML).
import { ImportInputError } from '../../sink';
import type { AccountRecord } from '../../sink';
import type { ImportSource } from '../../source/types';
import { readEntryText } from '../read-entry';
import { usernameOnlyProfile, type RelationSink } from '../relations';
import type { PlatformExportDescription } from '../types';
import type { InstagramDetection } from './detect';
import { readInstagramHtml } from './html-file';
import { classifyInstagramJson } from './json-file';
import type { InstagramList } from './lists';
import { listOfFileName } from './lists';
import { readInstagramRecord } from './record';
import { followsSinceOf } from './date-range';
import { instagramExportTime } from './export-time';
import { dayInZone } from '../../../../shared/time-zone';
import { FUTURE_SLACK_MS } from '../../writer/taken-at';
import { isPersonalInfoHtml, usernameOfPersonalInfoHtml } from './personal-info-html';

export interface InstagramReadOptions {
  /** Zone of the wall-clock times in HTML exports (the app's zone). */
  timeZone: string;
  signal?: AbortSignal;
  /** Aborted once the export is recognized as already imported: stops before the next file. */
  recognized?: AbortSignal;
}

const LIST_ORDER: readonly InstagramList[] = [
  'followers',
  'following',
  'blocked',
  'pendingRequests',
  'recentlyUnfollowed',
  'closeFriends',
  'restricted',
];

export async function readInstagramExport(
  source: ImportSource,
  detection: InstagramDetection,
  sink: RelationSink,
  options: InstagramReadOptions,
): Promise<PlatformExportDescription> {
  const lists = new Map<InstagramList, Map<string, AccountRecord>>();
  let username: string | null = null;
  let bytes = 0;
  let htmlWithAccounts = 0;
  let firstHtmlList: string | null = null;
  let namedFollowers = false;
  // A follow dated after the export was made is damage, not a date: kept, without it (as TikTok's are).
  const latest = sink.latestRecordTime ?? Date.now() + FUTURE_SLACK_MS;
  const noDate = new Map<InstagramList, number>();
  let newest: number | null = null;
  for (const entry of detection.files) {
    options.recognized?.throwIfAborted();
    const text = await readEntryText(source, entry, options.signal, (n) => sink.progress((bytes += n)));
    let records: unknown[];
    let list: InstagramList;
    if (detection.format === 'html') {
      if (isPersonalInfoHtml(entry.name)) {
        username ??= usernameOfPersonalInfoHtml(text);
        continue;
      }
      const found = listOfFileName(entry.name);
      if (!found) continue;
      const page = readInstagramHtml(text, options.timeZone);
      if (page.records.length > 0 || page.unreadable > 0) htmlWithAccounts++;
      // The refusal below names the followers page when there is one: the page a reader expects.
      if (firstHtmlList === null || (found === 'followers' && !namedFollowers)) {
        firstHtmlList = entry.name;
        namedFollowers = found === 'followers';
      }
      if (page.unreadable > 0) sink.warn(`${entry.name}: ${page.unreadable} entries could not be read`);
      list = found;
      records = page.records;
    } else {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        throw new ImportInputError(entry.name, 'not valid JSON (the file is damaged or cut short)');
      }
      const found = classifyInstagramJson(doc, entry.name);
      if (found.kind === 'profile') {
        username ??= found.username;
        continue;
      }
      if (found.kind === 'other') continue;
      list = found.list;
      records = found.items;
    }
    const into = lists.get(list) ?? new Map<string, AccountRecord>();
    lists.set(list, into);
    let unreadable = 0;
    for (const raw of records) {
      let record = detection.format === 'html' ? (raw as AccountRecord) : readInstagramRecord(raw);
      if (record === null) {
        unreadable++;
        continue;
      }
      if (record.at !== null && record.at > latest) {
        noDate.set(list, (noDate.get(list) ?? 0) + 1);
        record = { username: record.username, at: null };
      } else if (record.at !== null && (list === 'followers' || list === 'following')) {
        newest = Math.max(newest ?? record.at, record.at);
      }
      // Split files and repeated entries name an account once: keep its newest time.
      const key = record.username.toLowerCase();
      const seen = into.get(key);
      if (!seen || (record.at ?? 0) > (seen.at ?? 0)) into.set(key, record);
    }
    if (unreadable > 0) {
      sink.warn(
        `${entry.name}: ${unreadable} ${unreadable === 1 ? 'entry names' : 'entries name'} no account`,
      );
    }
  }
  if (firstHtmlList !== null && htmlWithAccounts === 0) {
    throw new ImportInputError(
      firstHtmlList,
      'no accounts in this Instagram page (expected links to instagram.com profiles)',
    );
  }
  if (!lists.has('followers') && !lists.has('following')) {
    throw new ImportInputError(
      source.sourceName,
      'an Instagram export without followers or following (request "Followers and following" in Download your information)',
    );
  }
  if (username) sink.profile(usernameOnlyProfile(username));
  for (const list of LIST_ORDER) {
    const records = lists.get(list);
    if (!records) continue;
    for (const r of records.values()) emit(sink, list, r);
    const undated = noDate.get(list) ?? 0;
    if (list === 'followers' || list === 'following' || list === 'blocked')
      sink.sectionDone(list, records.size, { placeholders: 0, noDate: undated, repeats: 0 });
    else {
      sink.relationDone?.(list, records.size);
      if (undated > 0)
        sink.warn(`${source.sourceName}: ${undated} ${list} dates after the export read as "no date"`);
    }
  }
  const topFolder = detection.files[0]?.name.includes('/') ? detection.files[0].name.split('/')[0]! : '';
  const exportTime = instagramExportTime({
    names: [source.sourceName, topFolder],
    containerTime: source.containerTime,
    newestRecord: newest,
  });
  const followsSince = followsSinceOf(
    [...(lists.get('followers')?.values() ?? []), ...(lists.get('following')?.values() ?? [])],
    exportTime ?? source.containerTime,
  );
  if (followsSince !== null) {
    sink.warn(
      `${source.sourceName}: holds only follows since ${dayInZone(followsSince, options.timeZone)} (${options.timeZone}) ` +
        '(an export for a date range?): older follows missing from it are not counted as unfollows',
    );
  }
  return {
    platform: 'instagram',
    format: detection.format,
    layout: null,
    sourceName: source.sourceName,
    containerTime: source.containerTime,
    exportTime,
    bytesTotal: detection.files.reduce((n, f) => n + f.size, 0),
    username,
    followsSince,
  };
}

function emit(sink: RelationSink, list: InstagramList, r: AccountRecord): void {
  if (list === 'followers') sink.follower(r);
  else if (list === 'following') sink.following(r);
  else if (list === 'blocked') sink.blocked(r);
  else sink.relation?.(list, r);
}
