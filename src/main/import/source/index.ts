export type { ImportSource, SourceEntry } from './types';
export type { SourceLimits } from './limits';
export { DEFAULT_SOURCE_LIMITS } from './limits';
export { openImportSource } from './open';
export type { OpenSourceOptions } from './open';
export { readEntryHead } from './head';
