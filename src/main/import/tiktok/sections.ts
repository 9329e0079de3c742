// Where each section lives in every known layout. Names are compared after fieldKey() (lower case, no
// spaces or underscores), and a section is looked up under every name ever seen, whatever its parent.
import type { SectionKind } from '../sink';
import { fieldKey } from '../json/record-view';

/** Sections that are lists of records. */
export type ListSectionKind = Exclude<SectionKind, 'profile' | 'messages'>;

interface JsonListSection {
  kind: ListSectionKind;
  /** Names of the section object (second level of the JSON). */
  names: string[];
  /** Names of the list inside it. */
  lists: string[];
  /** When set, only under these top-level keys (names that mean different things elsewhere). */
  tops?: string[];
}

const JSON_LIST_SECTIONS: JsonListSection[] = [
  {
    kind: 'followers',
    names: ['Follower List', 'Follower', 'Followers', 'Fans List', 'Fans'],
    lists: ['FansList', 'FollowerList', 'Followers', 'Fans'],
  },
  {
    kind: 'following',
    names: ['Following List', 'Following', 'Followings'],
    lists: ['Following', 'FollowingList'],
  },
  {
    kind: 'likesGiven',
    names: ['Like List', 'Likes', 'Liked Videos', 'Like History'],
    lists: ['ItemFavoriteList', 'LikeList', 'ItemLikeList'],
  },
  {
    kind: 'favoriteVideos',
    names: ['Favorite Videos', 'Favourite Videos', 'Favorite Video'],
    lists: ['FavoriteVideoList', 'FavouriteVideoList'],
  },
  {
    kind: 'favoriteHashtags',
    names: ['Favorite Hashtags', 'Favourite Hashtags', 'Favorite Hashtag'],
    lists: ['FavoriteHashtagList', 'FavouriteHashtagList'],
  },
  { kind: 'hashtagsUsed', names: ['Hashtag', 'Hashtags'], lists: ['HashtagList'] },
  {
    kind: 'watched',
    names: ['Video Browsing History', 'Watch History', 'Browsing History'],
    lists: ['VideoList', 'WatchHistoryList'],
  },
  {
    kind: 'searches',
    names: ['Search History', 'Searches', 'Search'],
    lists: ['SearchList', 'SearchHistoryList'],
  },
  { kind: 'shares', names: ['Share History', 'Shares'], lists: ['ShareHistoryList', 'ShareList'] },
  {
    kind: 'blocked',
    names: ['Block List', 'Blocked', 'Blocked Accounts', 'Blocked Users'],
    lists: ['BlockList', 'BlockedList'],
  },
  {
    kind: 'posts',
    names: ['Videos', 'Posts', 'Video', 'Post'],
    lists: ['VideoList', 'PostList', 'Videos', 'Posts'],
    tops: ['Video', 'Videos', 'Post', 'Posts'],
  },
  {
    kind: 'comments',
    names: ['Comments', 'Comment'],
    lists: ['CommentsList', 'CommentList', 'Comments'],
    tops: ['Comment', 'Comments', 'Your Activity', 'Activity'],
  },
];

const PROFILE_SECTION_NAMES = new Set(['Profile Information', 'Profile Info', 'Profile'].map(fieldKey));
const PROFILE_MAP = fieldKey('ProfileMap');
const CHAT_SECTION_NAMES = new Set(['Chat History', 'Chat Histories'].map(fieldKey));
const CHAT_MAP = fieldKey('ChatHistory');

interface NormalizedSection {
  kind: ListSectionKind;
  names: Set<string>;
  lists: Set<string>;
  tops: Set<string> | null;
}

const NORMALIZED: NormalizedSection[] = JSON_LIST_SECTIONS.map((s) => ({
  kind: s.kind,
  names: new Set(s.names.map(fieldKey)),
  lists: new Set(s.lists.map(fieldKey)),
  tops: s.tops ? new Set(s.tops.map(fieldKey)) : null,
}));

export interface JsonListSectionMatch {
  kind: ListSectionKind;
  /** Is `key` (a member of the section object) its list? */
  isList(key: string): boolean;
}

/** The list section named `section` under the top-level key `top`, if it is one. */
export function jsonListSection(
  top: string,
  section: string,
): (JsonListSection & JsonListSectionMatch) | null {
  const t = fieldKey(top);
  const s = fieldKey(section);
  const found = NORMALIZED.find((n) => n.names.has(s) && (!n.tops || n.tops.has(t)));
  if (!found) return null;
  const spec = JSON_LIST_SECTIONS.find((x) => x.kind === found.kind)!;
  return {
    ...spec,
    // Known list names first; any other "...List" key is accepted too, since names drift between exports.
    isList: (key: string) => {
      const k = fieldKey(key);
      return found.lists.has(k) || k.endsWith('list');
    },
  };
}

export const isProfileSection = (section: string): boolean => PROFILE_SECTION_NAMES.has(fieldKey(section));
export const isProfileMap = (key: string): boolean => fieldKey(key) === PROFILE_MAP;
export const isChatSection = (section: string): boolean => CHAT_SECTION_NAMES.has(fieldKey(section));
export const isChatMap = (key: string): boolean => fieldKey(key) === CHAT_MAP;

/** "Chat History with some.user:" -> "some.user". */
export function chatCounterpart(key: string): string | null {
  const name = key
    .replace(/^\s*(?:>+\s*)?chat\s*history\s*with\s*/i, '')
    .replace(/[:\s]+$/, '')
    .trim();
  return name.length > 0 ? name : null;
}

/** Which layout an export is, from its top-level keys (and the profile section's name for A vs B). */
export function jsonLayout(topKeys: readonly string[], profileSection: string | null): 'A' | 'B' | 'C' {
  const tops = new Set(topKeys.map(fieldKey));
  if (tops.has('profileandsettings') || tops.has('likesandfavorites')) return 'C';
  if (tops.has('youractivity') || tops.has('post')) return 'B';
  if (tops.has('activity') || tops.has('video')) return 'A';
  if (profileSection && fieldKey(profileSection) === 'profileinformation') return 'A';
  return 'B';
}

/** TXT file base names (without ".txt", after fieldKey) and the section each holds. */
const TXT_FILES: Array<[SectionKind, string[]]> = [
  ['followers', ['Follower List', 'Follower', 'Followers', 'Fans List']],
  ['following', ['Following List', 'Following']],
  ['likesGiven', ['Like List', 'Likes', 'Liked Videos']],
  ['favoriteVideos', ['Favorite Videos', 'Favourite Videos']],
  ['favoriteHashtags', ['Favorite HashTags', 'Favorite Hashtags', 'Favourite Hashtags']],
  ['hashtagsUsed', ['Hashtag', 'Hashtags']],
  ['watched', ['Video Browsing History', 'Watch History', 'Browsing History']],
  ['searches', ['Searches', 'Search History']],
  ['shares', ['Share History', 'Shares']],
  ['blocked', ['Block List', 'Blocked', 'Blocked Accounts']],
  ['posts', ['Posts', 'Post', 'Videos', 'Video']],
  ['comments', ['Comments', 'Comment']],
  ['profile', ['Profile Information', 'Profile Info', 'Profile']],
  ['messages', ['Chat History', 'Direct Messages', 'Messages']],
];

const TXT_BY_NAME = new Map<string, SectionKind>();
for (const [kind, names] of TXT_FILES) for (const n of names) TXT_BY_NAME.set(fieldKey(n), kind);

/** The section a TXT entry holds, from its path: base name, or a file under "Direct Messages/". */
export function txtSectionOf(entryName: string): SectionKind | null {
  const parts = entryName.split('/');
  const base = parts[parts.length - 1] ?? '';
  if (!/\.txt$/i.test(base)) return null;
  const stem = fieldKey(base.slice(0, -4));
  const known = TXT_BY_NAME.get(stem);
  if (known) return known;
  if (stem.startsWith('chathistorywith')) return 'messages';
  if (parts.slice(0, -1).some((p) => fieldKey(p) === 'directmessages') && !stem.includes('login'))
    return 'messages';
  return null;
}
