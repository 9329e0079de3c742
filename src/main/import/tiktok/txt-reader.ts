// Reads the TXT layout: one file per section, each streamed line by line.
import type { ExportSink } from '../sink';
import type { ImportSource } from '../source/types';
import type { TxtExportFile } from '../detect';
import { forEachLine } from './txt-lines';
import { TxtListBlocks } from './txt-blocks';
import { TxtMessageThreads } from './txt-messages';
import type { ProgressCounter } from './progress';

export async function readTxtExport(
  source: ImportSource,
  files: readonly TxtExportFile[],
  sink: ExportSink,
  progress: ProgressCounter,
  signal?: AbortSignal,
): Promise<void> {
  for (const { entry, section } of files) {
    const stream = await source.open(entry, signal);
    try {
      if (section === 'messages') {
        const stem = (entry.name.split('/').pop() ?? '').replace(/\.txt$/i, '');
        const threads = new TxtMessageThreads(sink, stem);
        await forEachLine(
          stream,
          (l) => threads.line(l),
          () => undefined,
          progress,
          signal,
        );
        sink.sectionDone('messages', threads.finish());
        continue;
      }
      const blocks = new TxtListBlocks(section, sink);
      await forEachLine(
        stream,
        (l) => blocks.line(l),
        () => blocks.overlong(),
        progress,
        signal,
      );
      const { records, unreadableLines, tally } = blocks.finish();
      if (unreadableLines > 0) {
        sink.warn(
          `${entry.name}: ${unreadableLines} line${unreadableLines === 1 ? '' : 's'} could not be read`,
        );
      }
      sink.sectionDone(section, records, tally);
    } finally {
      stream.destroy();
    }
  }
}
