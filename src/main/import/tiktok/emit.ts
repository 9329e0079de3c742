// Turns one record of any layout (a JSON object or a TXT block, seen through a RecordView) into sink
// calls. The only place that knows which fields each section's records carry; personal fields are never
// read here, so they cannot leak into the sink.
import type { ExportSink, ProfileRecord } from '../sink';
import type { RecordView } from '../json/record-view';
import { noValue, toCount } from '../values';
import type { ListSectionKind } from './sections';
import type { RecordTally } from './tally';

/**
 * Names that stand for nobody: TikTok writes `N/A` in lists, `Example_Data` in TXT samples, and `user` as
 * the profile's userName in some exports. Lower case; `user` only counts in the profile (a follower may
 * really be called "user").
 */
const PLACEHOLDER_NAMES = new Set(['example_data', 'exampledata']);
const PLACEHOLDER_PROFILE_NAMES = new Set([...PLACEHOLDER_NAMES, 'user']);

/** True for the placeholder names above and the spellings of "no value". */
export function isPlaceholderName(name: string | null, inProfile = false): boolean {
  if (name === null || noValue(name)) return true;
  return (inProfile ? PLACEHOLDER_PROFILE_NAMES : PLACEHOLDER_NAMES).has(name.trim().toLowerCase());
}

function first(view: RecordView, names: string[]): string | null {
  for (const n of names) {
    const v = view.text(n);
    if (v !== null) return v;
  }
  return null;
}

function firstTime(view: RecordView, names: string[]): number | null {
  for (const n of names) {
    const v = view.time(n);
    if (v !== null) return v;
  }
  return null;
}

const USERNAME = ['username', 'uniqueid', 'user'];
/** `Likes` in JSON; `Like(s)` (read as "likes") in TXT; `LikesCount` seen in older files. */
const LIKES = ['likes', 'likescount', 'likecount'];

/** "@name" -> "name" (per record on the hot path: no regular expression). */
function withoutAt(username: string): string {
  return username.charCodeAt(0) === 0x40 ? username.slice(1) : username;
}
const DATE = ['date', 'time', 'createtime'];
const SEARCH_TERM = ['searchterm', 'term', 'search'];
const HASHTAG = ['hashtagname', 'hashtag', 'name'];

/**
 * Emits one record and counts it in `tally`: read, unreadable (it lacks what its section needs), a
 * placeholder (`Username: N/A`, skipped on purpose) or, besides, a date that cannot be true (read as none).
 */
export function emitRecord(
  kind: ListSectionKind,
  view: RecordView,
  sink: ExportSink,
  tally: RecordTally,
): void {
  if (read(kind, view, sink, tally)) tally.read++;
}

function read(kind: ListSectionKind, view: RecordView, sink: ExportSink, tally: RecordTally): boolean {
  switch (kind) {
    case 'followers':
    case 'following':
    case 'blocked': {
      const username = first(view, USERNAME);
      if (username === null || isPlaceholderName(username)) {
        // A username field that says "nobody" (N/A) is a placeholder; a record without one is damage.
        if (username !== null || hasField(view, USERNAME)) tally.placeholders++;
        else tally.unreadable++;
        return false;
      }
      const record = { username: withoutAt(username), at: tally.plausible(firstTime(view, DATE)) };
      if (kind === 'followers') sink.follower(record);
      else if (kind === 'following') sink.following(record);
      else sink.blocked(record);
      return true;
    }
    case 'likesGiven':
    case 'favoriteVideos':
    case 'comments':
    case 'shares':
    case 'watched': {
      const raw = firstTime(view, DATE);
      if (raw === null) return unreadable(tally);
      // Activity is stored as counts per day: without a true day there is nothing to count.
      const at = tally.plausible(raw);
      if (at === null) return false;
      sink.activity(kind, at);
      return true;
    }
    case 'searches': {
      // Both a count per day (activity) and the term itself (niche).
      const term = first(view, SEARCH_TERM);
      const raw = firstTime(view, DATE);
      if (term === null && raw === null) return unreadable(tally);
      const at = tally.plausible(raw);
      if (at !== null) sink.activity('searches', at);
      if (term !== null) sink.term('search', { term, at });
      return true;
    }
    case 'hashtagsUsed':
    case 'favoriteHashtags': {
      const rawName = first(view, HASHTAG);
      const term = rawName === null ? null : rawName.replace(/^#/, '').trim();
      // 2020 files give only `HashTag Link: …/tag/<id>.html`: a hashtag, but no name to keep.
      if (!term) return view.text('hashtaglink') !== null || unreadable(tally);
      sink.term(kind === 'hashtagsUsed' ? 'hashtagUsed' : 'hashtagFavorite', {
        term,
        at: tally.plausible(firstTime(view, DATE)),
      });
      return true;
    }
    case 'posts': {
      const raw = firstTime(view, DATE);
      if (raw === null) return unreadable(tally);
      const postedAt = tally.plausible(raw);
      if (postedAt === null) return false;
      sink.post({
        postedAt,
        likes: toCount(first(view, LIKES)),
        title: view.text('title'),
        sound: view.text('sound'),
      });
      return true;
    }
  }
}

function unreadable(tally: RecordTally): false {
  tally.unreadable++;
  return false;
}

/** Does the record carry one of these fields at all (even as "N/A")? */
function hasField(view: RecordView, names: string[]): boolean {
  return names.some((n) => view.has(n));
}

function profileUsername(raw: string | null): string | null {
  const name = raw?.replace(/^@/, '') ?? null;
  return name === null || isPlaceholderName(name, true) ? null : name;
}

/** The account's public figures only (never e-mail, phone, birth date, bio...). Null when none is there. */
export function readProfile(view: RecordView): ProfileRecord | null {
  const rawName = first(view, ['username', 'uniqueid']);
  const record: ProfileRecord = {
    username: profileUsername(rawName),
    displayName: first(view, ['displayname', 'nickname']),
    followerCount: toCount(first(view, ['followercount', 'followers', 'fanscount'])),
    followingCount: toCount(first(view, ['followingcount', 'following'])),
    likesReceived: toCount(first(view, ['likesreceived', 'likes', 'totallikes'])),
  };
  const any = Object.values(record).some((v) => v !== null);
  if (rawName !== null && record.username === null) record.placeholderUsername = rawName;
  return any || record.placeholderUsername ? record : null;
}
