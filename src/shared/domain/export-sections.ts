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

/** The name people read for a section id; an id this version does not know (an older report) as it is. */
export function exportSectionLabel(section: string): string {
  return exportSections.find((s) => s.id === section)?.label ?? section;
}
