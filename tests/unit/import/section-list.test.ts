// One list of export sections: the import report lists exactly them, in their order, and each has its
// own human name. A section added to the list is reported (and read back by the timeline) without a
// second list to update.
import { describe, expect, it } from 'vitest';
import {
  exportSectionIds,
  exportSectionLabel,
  exportSections,
} from '../../../src/shared/domain/export-sections';
import { sectionReports } from '../../../src/main/import/writer/section-report';

describe('export sections', () => {
  it('the import report lists every section of the shared list, in its order, absent when not seen', () => {
    const reports = sectionReports(
      new Map([
        ['followers', 3],
        ['messages', 0],
      ]),
    );
    expect(reports.map((r) => r.section)).toEqual(exportSectionIds);
    expect(reports.find((r) => r.section === 'followers')?.state).toBe('present');
    expect(reports.find((r) => r.section === 'messages')?.state).toBe('empty');
    expect(reports.find((r) => r.section === 'following')?.state).toBe('absent');
  });

  it('each section has its own label; an unknown id reads as itself', () => {
    const labels = exportSections.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(exportSectionLabel('likesGiven')).toBe('Likes given');
    expect(exportSectionLabel('somethingNew')).toBe('somethingNew');
  });
});
