import type { PlatformReader } from '../types';
import { detectX } from './detect';
import { readXArchive } from './read';

/** X (Twitter) archive: data/follower.js, data/following.js, data/account.js. */
export const xReader: PlatformReader = {
  name: 'X',
  async detect(source, signal) {
    const found = await detectX(source, signal);
    if (!found) return null;
    return {
      platform: 'x',
      reader: 'x',
      kind: 'account-export',
      files: found.files.map((f) => f.entry),
      read: (sink, options) => readXArchive(source, found, sink, options.signal, options.recognized),
    };
  },
};
