// What the TikTok Studio reader works with besides its result (the result, StudioBundle and its parts,
// lives in shared/domain/studio-bundle.ts, where the database layer that saves it can read it too).
export * from '../../../shared/domain/studio-bundle';

/** A table read out of one CSV or XLSX file. */
export interface StudioTable {
  name: string;
  rows: string[][];
}

export interface StudioReadOptions {
  /** Export time (epoch ms) the user gives; wins over ZIP entry and file times, not over a dated ZIP name. */
  exportedAt?: number;
  /** The account the user named: the files' own handles are then not weighed against each other. */
  account?: string;
  /** Cancels between files. */
  signal?: AbortSignal;
}
