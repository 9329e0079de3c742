// The seam between the export readers (which know file formats) and the snapshot writer (which knows
// SQLite). Readers push normalized records into an ExportSink as they stream through a file; they never
// hold a whole section in memory and never see the database. All times are epoch milliseconds UTC.
import type { ExportSection } from '../../shared/domain/export-sections';
import { FileProblemError } from '../../shared/file-problem';

/** Sections of an account export, by what they mean (the one list in shared/domain/export-sections). */
export type SectionKind = ExportSection;

/** Activity stored only as counts per UTC day. */
export type ActivityKind = 'likesGiven' | 'favoriteVideos' | 'comments' | 'shares' | 'watched' | 'searches';

/** Terms that describe the creator's niche. */
export type TermKind = 'search' | 'hashtagUsed' | 'hashtagFavorite';

export interface ProfileRecord {
  username: string | null;
  /** A username field that names nobody (`user`, `Example_Data`): said when asking for the account. */
  placeholderUsername?: string;
  displayName: string | null;
  followerCount: number | null;
  followingCount: number | null;
  likesReceived: number | null;
}

/** A follower, a followed account or a blocked account. `at` is when it happened, null when unknown. */
export interface AccountRecord {
  username: string;
  at: number | null;
}

export interface PostRecord {
  postedAt: number;
  likes: number | null;
  title: string | null;
  sound: string | null;
}

export interface TermRecord {
  term: string;
  at: number | null;
}

/** Direct messages with one counterpart: how many and when the last was. Never the text. */
export interface MessageThreadRecord {
  username: string;
  count: number;
  lastAt: number | null;
}

/** Records of a section not stored as read, and why. */
export interface SectionSkips {
  /** Placeholders such as `Username: N/A`: not people, skipped quietly. */
  placeholders: number;
  /** Dates before TikTok existed or after the export: the record kept without its date, or dropped. */
  noDate: number;
  /** Exact repeats of a record already read. */
  repeats: number;
}

export interface ExportSink {
  profile(record: ProfileRecord): void;
  follower(record: AccountRecord): void;
  following(record: AccountRecord): void;
  blocked(record: AccountRecord): void;
  activity(kind: ActivityKind, at: number): void;
  term(kind: TermKind, record: TermRecord): void;
  post(record: PostRecord): void;
  messageThread(record: MessageThreadRecord): void;
  /**
   * A section was found and fully read (records may be 0 for an empty/null section). `skips` counts the
   * records left out on purpose, for the report.
   */
  sectionDone(section: SectionKind, records: number, skips?: SectionSkips): void;
  /** Something could not be read; the import goes on. The text names the section or file. */
  warn(message: string): void;
  /** Bytes of input consumed so far, for the progress bar. */
  progress(bytesRead: number): void;
  /** The latest time a record can carry (see latestRecordTime); import time + slack when absent. */
  readonly latestRecordTime?: number;
}

/** What a reader learned about the export besides its records. */
export interface ExportDescription {
  /** Whose export this is; TikTok when not said. */
  platform?: 'tiktok' | 'instagram' | 'x';
  format: 'json' | 'txt' | 'html' | 'js';
  /** TikTok's JSON layouts and TXT; null for platforms with one layout. */
  layout: 'A' | 'B' | 'C' | 'txt' | null;
  /** Name of the file or folder the user gave, for messages and the snapshot's source name. */
  sourceName: string;
  /** Newest ZIP entry modification time or file mtime, a fallback for dating the snapshot. */
  containerTime: number | null;
  /**
   * When the export itself says it was made (Instagram: the day in its ZIP or folder name, with the ZIP's
   * hour that day); the snapshot's date when the user gave none. Null or absent when it says nothing.
   */
  exportTime?: number | null;
  /** Total input bytes the progress will count up to. */
  bytesTotal: number;
  /**
   * Set when the export holds only follows made since this time (an export requested for a date range):
   * its lists are partial, and a follow missing from them is unknown, not an unfollow.
   */
  followsSince?: number | null;
}

/** Raised for input that cannot be imported at all. The message names the file and the problem. */
export class ImportInputError extends FileProblemError {
  constructor(file: string, problem: string) {
    super(file, problem);
    this.name = 'ImportInputError';
  }
}

/** An export that names no usable account (none, or a placeholder such as "user"): the caller must name one. */
export class AccountNeededError extends ImportInputError {
  constructor(file: string, problem: string) {
    super(file, problem);
    this.name = 'AccountNeededError';
  }
}
