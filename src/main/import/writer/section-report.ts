// What an import reports per section: every section an account export can have, in a fixed order, with
// the records read from it.
import type { SectionReport } from '../../../shared/domain';
import type { SectionKind } from '../sink';

const allSections: readonly SectionKind[] = [
  'profile',
  'followers',
  'following',
  'blocked',
  'posts',
  'likesGiven',
  'favoriteVideos',
  'comments',
  'shares',
  'watched',
  'searches',
  'hashtagsUsed',
  'favoriteHashtags',
  'messages',
];

export function sectionReports(recordsBySection: ReadonlyMap<SectionKind, number>): SectionReport[] {
  return allSections.map((section) => {
    const records = recordsBySection.get(section) ?? 0;
    return { section, records, present: records > 0 };
  });
}
