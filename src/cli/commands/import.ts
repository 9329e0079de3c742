// followscope import <path…> [--db FILE] [--account NAME] [--exported-at DATE] [--json]
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportProgressEvent } from '../../shared/bridge';
import type { ImportReport } from '../../shared/domain';
import { parseUserDate } from '../../shared/user-date';
import { resolveDatabasePath } from '../../main/paths';
import { formatNumber, printJson, printTable } from '../output';
import { CliError, openCliService } from '../service';

export const importUsage = `followscope import <path…> [--db FILE] [--account NAME] [--exported-at DATE] [--json]

Imports TikTok account exports (ZIP, JSON file or TXT folder) and TikTok Studio downloads, each path in
turn, each as one transaction. An export without a username is attached to --account (or to the only
account). --exported-at corrects the export date: a date (2026-02-28, midnight) or a date and time
(2026-02-28 18:00), in the app's time zone (Settings, else the system's), or a date-time with a zone
(2026-02-28T18:00:00Z).`;

/**
 * --exported-at checked before anything runs, or undefined when not given. The text goes to the service
 * as typed: it reads a date without a zone in the app's time zone (the one chosen in Settings).
 */
export function exportedAtOption(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (parseUserDate(text, 'UTC') === null)
    throw new CliError(
      `--exported-at: not a date (2026-02-28), a date and time (2026-02-28 18:00) or an ISO 8601 date-time: ${text}`,
    );
  return text.trim();
}

/** The fields `import --json` prints, in this order. */
export function importJson(path: string, r: ImportReport) {
  return {
    path,
    platform: r.platform,
    kind: r.kind,
    format: r.format,
    layout: r.layout,
    account: r.account,
    snapshotId: r.snapshotId,
    takenAt: r.takenAt,
    duplicate: r.duplicate,
    counts: r.counts,
    // Studio downloads: the files recognized and the days stored.
    ...(r.studio ? { files: r.studio.files, days: r.studio.days, from: r.studio.from, to: r.studio.to } : {}),
    warnings: r.warnings,
  };
}

export async function runImportCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      account: { type: 'string' },
      'exported-at': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new CliError('import: give at least one path to import');
  const exportedAt = exportedAtOption(values['exported-at']);
  const progress = process.stderr.isTTY ? new TtyProgress() : null;
  const service = openCliService(resolveDatabasePath(values.db), (event) => {
    if (event.type === 'import-progress') progress?.show(event);
  });
  const jobId = `cli-${process.pid}`;
  const cancel = () => void service.call('cancelImport', { jobId }).catch(() => {});
  process.on('SIGINT', cancel);
  let imported = 0;
  try {
    for (const given of positionals) {
      const [report] = await service.call('importPaths', {
        jobId,
        paths: [path.resolve(given)],
        account: values.account,
        exportedAt,
      });
      progress?.clear();
      imported++;
      if (values.json) printJson(importJson(given, report!));
      else printReport(given, report!);
    }
  } finally {
    progress?.clear();
    process.off('SIGINT', cancel);
    service.close(imported === 0);
  }
}

function printReport(given: string, r: ImportReport): void {
  process.stdout.write(`\n${given}\n`);
  printTable([
    ['account', r.account],
    ['kind', `${r.platform} ${r.kind} (${r.format}${r.layout ? `, layout ${r.layout}` : ''})`],
    [
      'snapshot',
      r.duplicate ? `${r.snapshotId ?? '—'} (already imported: nothing changed)` : (r.snapshotId ?? '—'),
    ],
    ['taken at', `${r.takenAt} (${r.takenAtSource})`],
    ...(r.studio
      ? ([
          ['files', r.studio.files.join(', ')],
          ['days', `${formatNumber(r.studio.days)} (${r.studio.from ?? '—'} to ${r.studio.to ?? '—'})`],
        ] as [string, string][])
      : ([
          ['followers', formatNumber(r.counts.followers)],
          ['following', formatNumber(r.counts.following)],
          ['posts', formatNumber(r.counts.posts)],
          ['likes given', formatNumber(r.counts.likesGiven)],
          ['watched', formatNumber(r.counts.watched)],
          ['searches', formatNumber(r.counts.searches)],
        ] as [string, string][])),
  ]);
  for (const warning of r.warnings) process.stdout.write(`warning: ${warning}\n`);
}

/** One self-overwriting line on stderr (only when stderr is a terminal). */
class TtyProgress {
  private shown = false;
  show(e: ImportProgressEvent): void {
    const percent = e.bytesTotal > 0 ? Math.min(100, Math.floor((e.bytesRead / e.bytesTotal) * 100)) : 0;
    const step =
      e.phase === 'saving' && e.saveStep
        ? ` ${e.saveStep.name} (${e.saveStep.index}/${e.saveStep.count})`
        : '';
    process.stderr.write(
      `\r\x1b[K${e.fileName}: ${e.phase}${step} ${percent}% · ${formatNumber(e.records)} records`,
    );
    this.shown = true;
  }
  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
