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

/** A reader calls sectionDone for every section it found, even with 0 records: no call means absent. */
export function sectionReports(recordsBySection: ReadonlyMap<SectionKind, number>): SectionReport[] {
  return allSections.map((section) => {
    const found = recordsBySection.get(section);
    const records = found ?? 0;
    const state = found === undefined ? 'absent' : records > 0 ? 'present' : 'empty';
    return { section, records, present: records > 0, state };
  });
}

/** Whether the report says the export carried the section (present or empty). */
export function carried(sections: readonly SectionReport[], section: SectionKind): boolean {
  const state = sections.find((s) => s.section === section)?.state ?? 'absent';
  return state !== 'absent';
}
