// The one entry point for TikTok account exports, whatever their layout.
import { ImportInputError } from '../sink';
import type { ExportDescription, ExportSink } from '../sink';
import { detectImport } from '../detect';
import type { ImportDetection } from '../detect';
import type { ImportSource } from '../source/types';
import { readJsonExport } from './json-reader';
import { readTxtExport } from './txt-reader';
import { ProgressCounter } from './progress';

/**
 * Streams the account export in `source` into `sink` and describes it. Pass the result of detectImport
 * when you already have it (saves a second sniff). Throws ImportInputError for input that cannot be
 * imported at all; sections that cannot be read only produce sink.warn.
 */
export async function readTikTokAccountExport(
  source: ImportSource,
  sink: ExportSink,
  signal?: AbortSignal,
  detection?: ImportDetection,
): Promise<ExportDescription> {
  const found = detection ?? (await detectImport(source, signal));
  if (found.kind !== 'tiktok-account') {
    throw new ImportInputError(
      source.sourceName,
      'not a TikTok account export (it is a TikTok Studio download)',
    );
  }
  const progress = new ProgressCounter(sink);
  const base = { sourceName: source.sourceName, containerTime: source.containerTime };
  if (found.format === 'json') {
    const layout = await readJsonExport(source, found.entry, sink, progress, signal);
    progress.finish();
    return { ...base, format: 'json', layout, bytesTotal: found.entry.size };
  }
  await readTxtExport(source, found.files, sink, progress, signal);
  progress.finish();
  return {
    ...base,
    format: 'txt',
    layout: 'txt',
    bytesTotal: found.files.reduce((n, f) => n + f.entry.size, 0),
  };
}
