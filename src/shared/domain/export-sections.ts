// The sections an account export can carry, by what they mean (not by their name in any one layout), in
// the order import reports list them, with the name a person reads. The importer reports each one per
// snapshot (present, empty or absent) and the timeline reads that coverage back: both use this one list.

export const exportSections = [
  { id: 'profile', label: 'Profile' },
  { id: 'followers', label: 'Followers' },
  { id: 'following', label: 'Following' },
  { id: 'blocked', label: 'Blocked accounts' },
  { id: 'posts', label: 'Posts' },
  { id: 'likesGiven', label: 'Likes given' },
  { id: 'favoriteVideos', label: 'Favorite videos' },
  { id: 'comments', label: 'Comments made' },
  { id: 'shares', label: 'Shares' },
  { id: 'watched', label: 'Videos watched' },
  { id: 'searches', label: 'Searches' },
  { id: 'hashtagsUsed', label: 'Hashtags used' },
  { id: 'favoriteHashtags', label: 'Favorite hashtags' },
  { id: 'messages', label: 'Direct messages' },
] as const satisfies readonly { id: string; label: string }[];

export type ExportSection = (typeof exportSections)[number]['id'];

/** The sections' ids, in report order. */
export const exportSectionIds: readonly ExportSection[] = exportSections.map((s) => s.id);

/**
 * The user's own lists some platforms export besides the audience (Instagram: follow requests sent,
 * recently unfollowed, close friends, restricted). Only a platform that can have them reports them, after
 * the sections above, each present, empty or absent like any section.
 */
export const ownListSections = [
  { id: 'pendingRequests', label: 'Follow requests sent' },
  { id: 'recentlyUnfollowed', label: 'Recently unfollowed by you' },
  { id: 'closeFriends', label: 'Close friends' },
  { id: 'restricted', label: 'Restricted accounts' },
] as const satisfies readonly { id: string; label: string }[];

export type OwnListSection = (typeof ownListSections)[number]['id'];

export const ownListSectionIds: readonly OwnListSection[] = ownListSections.map((s) => s.id);

/** The name people read for a section id; an id this version does not know (an older report) as it is. */
export function exportSectionLabel(section: string): string {
  return [...exportSections, ...ownListSections].find((s) => s.id === section)?.label ?? section;
}
