// Dates the user gives are real calendar days: the contract refuses what no calendar has.
import { describe, expect, it } from 'vitest';
import { adviceCalls } from '../../../src/shared/contract/advice';
import { isCalendarDay } from '../../../src/shared/contract/define';
import { importCalls } from '../../../src/shared/contract/imports';

describe('isCalendarDay', () => {
  it('accepts real days, leap days included', () => {
    for (const d of ['2025-02-28', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-12-31'])
      expect(isCalendarDay(d), d).toBe(true);
  });
  it('refuses days no calendar has', () => {
    for (const d of [
      '2025-02-30',
      '0000-00-00',
      '2025-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-04-31',
      '2025-1-1',
      '2025-01-01T00:00',
      '',
    ])
      expect(isCalendarDay(d), d).toBe(false);
  });
});

describe('goal deadlines in the contract', () => {
  const schema = adviceCalls.setFollowerGoal.input;
  const goal = (deadline: string | null) => ({ accountId: 1, target: 1000, deadline });
  it('refuses 2025-02-30 and 0000-00-00, accepts a real day and none', () => {
    expect(schema.safeParse(goal('2025-02-30')).success).toBe(false);
    expect(schema.safeParse(goal('0000-00-00')).success).toBe(false);
    expect(schema.safeParse(goal('2026-03-01')).success).toBe(true);
    expect(schema.safeParse(goal(null)).success).toBe(true);
  });
});

describe('export dates in the contract (re-dating an export, an import with its export date)', () => {
  const redate = importCalls.setSnapshotTime.input;
  const importing = importCalls.importPaths.input;
  const withDate = (exportedAt: string) => ({ jobId: 'j', paths: ['/x/export.zip'], exportedAt });
  it('refuses days no calendar has, in every accepted form', () => {
    for (const d of ['2025-02-30', '0000-00-00', '0000-01-01', '2025-02-30 18:00', '2025-02-30T10:00Z'])
      expect(redate.safeParse({ snapshotId: 1, takenAt: d }).success, d).toBe(false);
    expect(redate.safeParse({ snapshotId: 1, takenAt: '2024-02-29T10:00+09:00' }).success).toBe(true);
    expect(importing.safeParse(withDate('2025-02-30T10:00Z')).success).toBe(false);
    expect(importing.safeParse(withDate('2025-02-28 18:00')).success).toBe(true);
  });
});
