// Reads an Instagram export into the sink: followers (merged over followers_1, _2, ...), following and
// blocked as audience lists; pending requests, recently unfollowed, close friends and restricted as the
// user's own lists; the username from personal_information alone (JSON or HTML).
//
// The audience lists go to the sink as each file is read, in the files' order (sorted by name, so a ZIP
// and its unpacked folder give the same records in the same order): the sink keeps one row per account
// with its newest time, as it does for TikTok's lists. Held here until the end, as they first were, a
// million followers took about 120 MB more (peak RSS 347 against 225 MB). The own lists are small and
// stay merged here (newest time per account), then go out after the audience lists.
import { ImportInputError } from '../../sink';
import type { AccountRecord } from '../../sink';
import type { ImportSource } from '../../source/types';
import { readEntryText } from '../read-entry';
import { usernameOnlyProfile, type RelationKind, type RelationSink } from '../relations';
import type { PlatformExportDescription } from '../types';
import type { InstagramDetection } from './detect';
import { readInstagramHtml } from './html-file';
import { classifyInstagramJson } from './json-file';
import type { InstagramList } from './lists';
import { listOfFileName } from './lists';
import { readInstagramRecord } from './record';
import { FollowSpan } from './date-range';
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

/** The audience lists, in the order their sections are reported. */
const AUDIENCE_LISTS = ['followers', 'following', 'blocked'] as const;
type AudienceList = (typeof AUDIENCE_LISTS)[number];
const isAudienceList = (list: InstagramList): list is AudienceList =>
  (AUDIENCE_LISTS as readonly InstagramList[]).includes(list);
const OWN_LISTS: readonly RelationKind[] = [
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
  /** Records given to the sink per audience list the export carried (0: a file, empty). */
  const audience = new Map<AudienceList, number>();
  const ownLists = new Map<RelationKind, Map<string, AccountRecord>>();
  /** The dated follows' span (followers and following): tells an export limited to a date range. */
  const span = new FollowSpan();
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
    const audienceList = isAudienceList(list) ? list : null;
    let own: Map<string, AccountRecord> | null = null;
    if (!isAudienceList(list)) {
      own = ownLists.get(list) ?? new Map<string, AccountRecord>();
      ownLists.set(list, own);
    }
    let given = audienceList ? (audience.get(audienceList) ?? 0) : 0;
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
      if (own) {
        // Own lists are merged here: an account once, with its newest time.
        const key = record.username.toLowerCase();
        const seen = own.get(key);
        if (!seen || (record.at ?? 0) > (seen.at ?? 0)) own.set(key, record);
      } else if (audienceList) {
        // Repeated entries (split files, a list written twice) are merged by the sink: newest time.
        emit(sink, audienceList, record);
        given++;
        if (audienceList !== 'blocked') span.add(record.at);
      }
    }
    if (audienceList) audience.set(audienceList, given);
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
  if (!audience.has('followers') && !audience.has('following')) {
    throw new ImportInputError(
      source.sourceName,
      'an Instagram export without followers or following (request "Followers and following" in Download your information)',
    );
  }
  if (username) sink.profile(usernameOnlyProfile(username));
  for (const list of AUDIENCE_LISTS) {
    const given = audience.get(list);
    if (given === undefined) continue;
    sink.sectionDone(list, given, { placeholders: 0, noDate: noDate.get(list) ?? 0, repeats: 0 });
  }
  for (const list of OWN_LISTS) {
    const records = ownLists.get(list);
    if (!records) continue;
    for (const r of records.values()) sink.relation?.(list, r);
    sink.relationDone?.(list, records.size);
    const undated = noDate.get(list) ?? 0;
    if (undated > 0)
      sink.warn(`${source.sourceName}: ${undated} ${list} dates after the export read as "no date"`);
  }
  const topFolder = detection.files[0]?.name.includes('/') ? detection.files[0].name.split('/')[0]! : '';
  const exportTime = instagramExportTime({
    names: [source.sourceName, topFolder],
    containerTime: source.containerTime,
    newestRecord: newest,
  });
  const followsSince = span.since(exportTime ?? source.containerTime);
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

function emit(sink: RelationSink, list: AudienceList, r: AccountRecord): void {
  if (list === 'followers') sink.follower(r);
  else if (list === 'following') sink.following(r);
  else sink.blocked(r);
}
