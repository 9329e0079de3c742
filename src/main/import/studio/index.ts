// TikTok Studio analytics downloads: the reader's public surface.
export { readStudioInputs, readDownloadName } from './read';
export type * from './types';
export { STUDIO_METRICS } from './types';
