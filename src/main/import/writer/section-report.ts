// What an import reports per section: every section an account export can have, in a fixed order, with
// the records read from it.
import type { SectionReport } from '../../../shared/domain';
import { exportSectionIds } from '../../../shared/domain/export-sections';
import type { SectionKind, SectionSkips } from '../sink';

const allSections = exportSectionIds;

export function sectionReports(
  recordsBySection: ReadonlyMap<SectionKind, number>,
  skipsBySection: ReadonlyMap<SectionKind, SectionSkips> = new Map(),
): SectionReport[] {
  // A reader calls sectionDone for every section it found, even with 0 records: no call means absent.
  return allSections.map((section) => {
    const found = recordsBySection.get(section);
    const records = found ?? 0;
    const state = found === undefined ? 'absent' : records > 0 ? 'present' : 'empty';
    const skips = skipsBySection.get(section);
    return {
      section,
      records,
      present: records > 0,
      state,
      ...(skips?.placeholders ? { placeholders: skips.placeholders } : {}),
      ...(skips?.noDate ? { noDate: skips.noDate } : {}),
      ...(skips?.repeats ? { repeats: skips.repeats } : {}),
    };
  });
}

/** Whether the report says the export carried the section (present or empty). */
export function carried(sections: readonly SectionReport[], section: SectionKind): boolean {
  const state = sections.find((s) => s.section === section)?.state ?? 'absent';
  return state !== 'absent';
}

/** Sections whose absence leaves the account's main numbers unknown: worth one warning. */
const CORE_SECTIONS: readonly SectionKind[] = ['profile', 'followers', 'following', 'posts'];
/** Instagram and X follower exports never hold a profile's counts or posts: only their lists are core. */
export const LIST_ONLY_CORE: readonly SectionKind[] = ['followers', 'following'];

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The one-line notes an import adds about its sections: the core sections it lacks, the dates it could not
 * believe, the records it found repeated. Placeholders are only counted (they are expected in real files).
 */
export function sectionNotes(
  file: string,
  recordsBySection: ReadonlyMap<SectionKind, number>,
  skipsBySection: ReadonlyMap<SectionKind, SectionSkips>,
  core: readonly SectionKind[] = CORE_SECTIONS,
  /** Which dates read as "no date": TikTok's before it existed too, other platforms' only future ones. */
  unbelievable = 'before September 2016 or after the export',
): string[] {
  const notes: string[] = [];
  const missing = core.filter((s) => !recordsBySection.has(s));
  if (missing.length > 0)
    notes.push(`${file}: not in this export: ${missing.join(', ')} (their numbers are unknown, not zero)`);
  const per = (pick: (s: SectionSkips) => number): string[] =>
    [...skipsBySection].filter(([, s]) => pick(s) > 0).map(([k, s]) => `${k} ${pick(s)}`);
  const noDate = per((s) => s.noDate);
  if (noDate.length > 0) {
    const n = [...skipsBySection.values()].reduce((sum, s) => sum + s.noDate, 0);
    notes.push(`${file}: ${plural(n, 'date')} ${unbelievable} read as "no date" (${noDate.join(', ')})`);
  }
  const repeats = per((s) => s.repeats);
  if (repeats.length > 0)
    notes.push(`${file}: records listed more than once were read once (${repeats.join(', ')})`);
  return notes;
}

/**
 * Null when the export gave something to analyse (`records` stored, or a profile with follower numbers);
 * otherwise the problem, naming the sections seen.
 */
export function nothingReadable(
  recordsBySection: ReadonlyMap<SectionKind, number>,
  records: number,
  profileHasNumbers: boolean,
): string | null {
  if (records > 0 || profileHasNumbers) return null;
  const seen = allSections
    .filter((s) => recordsBySection.has(s))
    .map((s) => `${s} (empty)`)
    .join(', ');
  return `no followers, following, posts or activity found (sections seen: ${seen || 'none'})`;
}
