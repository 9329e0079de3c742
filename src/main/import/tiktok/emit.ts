// Turns one record of any layout (a JSON object or a TXT block, seen through a RecordView) into sink
// calls. The only place that knows which fields each section's records carry; personal fields are never
// read here, so they cannot leak into the sink.
import type { ExportSink, ProfileRecord } from '../sink';
import type { RecordView } from '../json/record-view';
import { toCount } from '../values';
import type { ListSectionKind } from './sections';

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

/** "@name" -> "name" (per record on the hot path: no regular expression). */
function withoutAt(username: string): string {
  return username.charCodeAt(0) === 0x40 ? username.slice(1) : username;
}
const DATE = ['date', 'time', 'createtime'];
const SEARCH_TERM = ['searchterm', 'term', 'search'];
const HASHTAG = ['hashtagname', 'hashtag', 'name'];

/** Emits one record; false when it lacks what its section needs (counted as unreadable). */
export function emitRecord(kind: ListSectionKind, view: RecordView, sink: ExportSink): boolean {
  switch (kind) {
    case 'followers':
    case 'following':
    case 'blocked': {
      const username = first(view, USERNAME);
      if (username === null) return false;
      const record = { username: withoutAt(username), at: firstTime(view, DATE) };
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
      const at = firstTime(view, DATE);
      if (at === null) return false;
      sink.activity(kind, at);
      return true;
    }
    case 'searches': {
      // Both a count per day (activity) and the term itself (niche).
      const term = first(view, SEARCH_TERM);
      const at = firstTime(view, DATE);
      if (term === null && at === null) return false;
      if (at !== null) sink.activity('searches', at);
      if (term !== null) sink.term('search', { term, at });
      return true;
    }
    case 'hashtagsUsed':
    case 'favoriteHashtags': {
      const raw = first(view, HASHTAG);
      const term = raw === null ? null : raw.replace(/^#/, '').trim();
      if (!term) return false;
      sink.term(kind === 'hashtagsUsed' ? 'hashtagUsed' : 'hashtagFavorite', {
        term,
        at: firstTime(view, DATE),
      });
      return true;
    }
    case 'posts': {
      const postedAt = firstTime(view, DATE);
      if (postedAt === null) return false;
      sink.post({
        postedAt,
        likes: toCount(view.text('likes')),
        title: view.text('title'),
        sound: view.text('sound'),
      });
      return true;
    }
  }
}

/** The account's public figures only (never e-mail, phone, birth date, bio...). Null when none is there. */
export function readProfile(view: RecordView): ProfileRecord | null {
  const record: ProfileRecord = {
    username: first(view, ['username', 'uniqueid'])?.replace(/^@/, '') ?? null,
    displayName: first(view, ['displayname', 'nickname']),
    followerCount: toCount(first(view, ['followercount', 'followers', 'fanscount'])),
    followingCount: toCount(first(view, ['followingcount', 'following'])),
    likesReceived: toCount(first(view, ['likesreceived', 'likes', 'totallikes'])),
  };
  const any = Object.values(record).some((v) => v !== null);
  return any ? record : null;
}
