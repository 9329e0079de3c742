export { readTikTokAccountExport } from './read-export';
