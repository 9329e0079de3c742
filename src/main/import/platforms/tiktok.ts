// TikTok's readers behind the platform interface. Their code stays in import/tiktok and import/studio
// (detection in import/detect.ts): one detector tells the account export from a Studio download.
import { detectImport } from '../detect';
import { ImportInputError } from '../sink';
import { readTikTokAccountExport } from '../tiktok';
import type { PlatformReader } from './types';

/** TikTok's refusal when the source holds no TikTok file at all (other refusals are about a TikTok file). */
const NOT_TIKTOK = /: (?:not a TikTok export|no TikTok export found)/;

export const tiktokReader: PlatformReader = {
  name: 'TikTok',
  async detect(source, signal) {
    let found;
    try {
      found = await detectImport(source, signal);
    } catch (error) {
      if (error instanceof ImportInputError && NOT_TIKTOK.test(error.message)) return null;
      throw error;
    }
    if (found.kind === 'tiktok-studio') {
      return {
        platform: 'tiktok',
        reader: 'tiktok-studio',
        kind: 'studio',
        files: found.files.map((f) => f.entry),
        read: () => Promise.reject(new Error('a TikTok Studio download is saved as a bundle, not streamed')),
      };
    }
    return {
      platform: 'tiktok',
      reader: 'tiktok-account',
      kind: 'account-export',
      files: found.format === 'json' ? [found.entry] : found.files.map((f) => f.entry),
      read: async (sink, options) => ({
        platform: 'tiktok',
        ...(await readTikTokAccountExport(source, sink, options.signal, found)),
      }),
    };
  },
};
