// Every platform Followscope reads, asked in turn which of them recognizes what the user gave. Adding a
// platform means a folder with its reader and a line here; the snapshot writer never changes.
// X and Instagram go first: their files carry unmistakable marks (window.YTD, relationships_ keys) and
// are cheap to rule out, while TikTok's detector judges every file and owns the Studio spreadsheets.
import { ImportInputError } from '../sink';
import type { ImportSource } from '../source/types';
import { instagramReader } from './instagram';
import { tiktokReader } from './tiktok';
import type { PlatformReader, RecognizedExport } from './types';
import { xReader } from './x';

export const PLATFORM_READERS: readonly PlatformReader[] = [xReader, instagramReader, tiktokReader];

export async function recognizeExport(source: ImportSource, signal?: AbortSignal): Promise<RecognizedExport> {
  for (const reader of PLATFORM_READERS) {
    const found = await reader.detect(source, signal);
    if (found) return found;
  }
  const n = source.entries.length;
  throw new ImportInputError(
    source.sourceName,
    source.kind === 'directory'
      ? `no TikTok, Instagram or X export found in this folder (looked at ${n} file${n === 1 ? '' : 's'})`
      : 'not an export Followscope reads (expected a TikTok, Instagram or X export, or TikTok Studio CSV/XLSX)',
  );
}
