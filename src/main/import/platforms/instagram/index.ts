import type { PlatformReader } from '../types';
import { detectInstagram } from './detect';
import { readInstagramExport } from './read';

/** Instagram "Download your information": JSON or HTML, ZIP or folder. */
export const instagramReader: PlatformReader = {
  name: 'Instagram',
  async detect(source, signal) {
    const found = await detectInstagram(source, signal);
    if (!found) return null;
    return {
      platform: 'instagram',
      reader: 'instagram',
      kind: 'account-export',
      files: found.files,
      read: (sink, options) => readInstagramExport(source, found, sink, options),
    };
  },
};
