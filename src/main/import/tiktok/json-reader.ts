// Streams one account-export JSON file through the scanner; the file is never held in memory whole.
import { ImportInputError } from '../sink';
import type { ExportSink } from '../sink';
import { JsonScanError, JsonScanner } from '../json/scanner';
import type { ImportSource, SourceEntry } from '../source/types';
import { abortReason } from '../source/guard-stream';
import { JsonExportState, tiktokJsonRoot } from './json-routes';
import { jsonLayout } from './sections';
import type { ProgressCounter } from './progress';

function entryLabel(source: ImportSource, entry: SourceEntry): string {
  return source.kind === 'file' ? source.sourceName : `${source.sourceName}/${entry.name}`;
}

export async function readJsonExport(
  source: ImportSource,
  entry: SourceEntry,
  sink: ExportSink,
  progress: ProgressCounter,
  signal?: AbortSignal,
): Promise<'A' | 'B' | 'C'> {
  const file = entryLabel(source, entry);
  const state = new JsonExportState(sink, file);
  const scanner = new JsonScanner(tiktokJsonRoot(state));
  const stream = await source.open(entry, signal);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal?.aborted) throw abortReason(signal);
      scanner.feed(chunk);
      progress.add(chunk.length);
    }
    if (signal?.aborted) throw abortReason(signal);
    scanner.end();
  } catch (err) {
    if (err instanceof JsonScanError) {
      const where = scanner.path().filter((k) => k !== '[]');
      const inside = where.length > 0 ? ` inside ${where.map((k) => JSON.stringify(k)).join('.')}` : '';
      throw new ImportInputError(
        file,
        err.truncated
          ? `truncated JSON: the file ends at byte ${err.offset}${inside}`
          : `not valid JSON at byte ${err.offset}${inside}: ${err.message}`,
      );
    }
    throw err;
  } finally {
    stream.destroy();
  }
  if (state.sectionsFound === 0) {
    throw new ImportInputError(file, 'not a TikTok account export (no known section in the JSON)');
  }
  return jsonLayout(state.topKeys, state.profileSection);
}
