// followscope: the command line face of the same service the app uses.
//   npm run -s cli -- import <path…> [--db FILE] [--account NAME] [--exported-at DATE] [--json]
//   npm run -s cli -- summary [--db FILE] [--account NAME] [--json]
import { importUsage, runImportCommand } from './commands/import';
import { listUsage, runListCommand } from './commands/list';
import { runSummaryCommand, summaryUsage } from './commands/summary';
import { runSuggestCommand, suggestUsage } from './commands/suggest';
import { runTipsCommand, tipsUsage } from './commands/tips';
import { printError } from './output';

const usage = `Usage: followscope <command> [options]

${importUsage}

${summaryUsage}

${listUsage}

${tipsUsage}

${suggestUsage}

Without --db, the database is $FOLLOWSCOPE_DB, else the app's own (e.g. ~/.config/Followscope/followscope.db).
--json prints one JSON object per imported path (import) or one object (summary) on stdout.
Exit status: 0 on success, 1 on bad input or failure (one line "error: …" on stderr; database unchanged).
`;

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  import: runImportCommand,
  summary: runSummaryCommand,
  list: runListCommand,
  tips: runTipsCommand,
  suggest: runSuggestCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return command === undefined ? 1 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  const run = commands[command];
  if (!run) {
    printError(`unknown command "${command}" (try --help)`);
    return 1;
  }
  try {
    await run(rest);
    return 0;
  } catch (error) {
    printError(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
