import type { Platform } from './app';

export type ImportKind = 'account-export' | 'studio';
export type ExportFormat = 'json' | 'txt' | 'csv' | 'xlsx' | 'html' | 'js';
export type ExportLayout = 'A' | 'B' | 'C' | 'txt';

/**
 * Whether an export carried a section: 'present' (with records), 'empty' (there, but no records: a real
 * zero) or 'absent' (not in the export: unknown, never zero).
 */
export type SectionState = 'present' | 'empty' | 'absent';

/** Records read per section of an account export, as reported after an import. */
export interface SectionReport {
  section: string;
  records: number;
  /** False when the section was absent or empty in this export. */
  present: boolean;
  state: SectionState;
  /** Records that were placeholders (`Username: N/A`), skipped on purpose; absent when none. */
  placeholders?: number;
  /** Records whose date could not be true (before TikTok existed, after the export): read as "no date". */
  noDate?: number;
  /** Records the file repeated, read once. */
  repeats?: number;
}

/** Records per kind; null when the export did not carry that section (unknown, not zero). */
export interface ImportCounts {
  followers: number | null;
  following: number | null;
  posts: number | null;
  likesGiven: number | null;
  watched: number | null;
  searches: number | null;
}

export interface ImportReport {
  path: string;
  platform: Platform;
  kind: ImportKind;
  format: ExportFormat;
  layout: ExportLayout | null;
  account: string;
  accountId: number;
  snapshotId: number | null;
  /** ISO 8601 UTC: when the export was made. */
  takenAt: string;
  /** How takenAt was found, e.g. "newest record", "ZIP entry time", "file time", "given". */
  takenAtSource: string;
  duplicate: boolean;
  counts: ImportCounts;
  sections: SectionReport[];
  warnings: string[];
  /**
   * ISO 8601 UTC, Instagram only: the export holds only the follows made since then (it was requested for
   * a date range). Its lists are partial: never compared with another export's, never read as unfollows.
   */
  followsSince?: string;
  /** TikTok Studio downloads only: the files recognized and the days they hold. */
  studio?: StudioImportSummary;
}

export interface StudioImportSummary {
  /** Names of the files recognized (`Overview_….zip/Overview.csv`, `Viewers.xlsx` …). */
  files: string[];
  /** Distinct days with daily metrics in this import. */
  days: number;
  /** ISO dates of the first and last day, null without daily rows. */
  from: string | null;
  to: string | null;
}

export interface SnapshotInfo {
  id: number;
  accountId: number;
  takenAt: string;
  importedAt: string;
  sourceName: string;
  kind: ImportKind;
  format: ExportFormat;
  layout: ExportLayout | null;
  followers: number;
  following: number;
  posts: number;
  warnings: string[];
}
