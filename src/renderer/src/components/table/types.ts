import type { ReactNode } from 'react';

export type CellValue = string | number | null | undefined;

export interface Column<Row> {
  /** Unique id of the column (also the sort key in initialSort). */
  key: string;
  header: string;
  /** The raw value: used to sort, search and export to CSV. Numbers sort numerically. */
  value(row: Row): CellValue;
  /** How the cell looks (default: the value, numbers formatted with formatInt). */
  render?(row: Row): ReactNode;
  /** A CSS grid track: '2fr', '120px', 'minmax(160px, 1fr)' (default 'minmax(0, 1fr)'). */
  width?: string;
  /** 'right' for numbers (also sorts descending on first click). */
  align?: 'left' | 'right';
  /** Default true. */
  sortable?: boolean;
  /** Whether the search box looks in this column (default: true for text, false for numbers). */
  searchable?: boolean;
  /**
   * Sentences (a reason, an explanation) wrap onto the lines they need instead of ending in "…": a row
   * of a table with such a column grows to fit it, so it reads whole at any window width without hovering.
   */
  wrap?: boolean;
}

export type SortDir = 'asc' | 'desc';

export interface SortState {
  key: string;
  dir: SortDir;
}
