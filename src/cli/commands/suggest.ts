// followscope suggest <follow-back|niche|review|reconnect> [--db FILE] [--account NAME] [--limit N] [--json]
import { parseArgs } from 'node:util';
import { suggestionLists, type SuggestionList } from '../../shared/domain/advice';
import { resolveDatabasePath } from '../../main/paths';
import { printJson } from '../output';
import { CliError, openCliService } from '../service';
import { pickAccount } from './summary';

export const suggestUsage = `followscope suggest <follow-back|niche|review|reconnect> [--db FILE] [--account NAME] [--limit N] [--json]

Prints a ranked suggestion list (dismissed rows left out): whom to follow back, where to grow in your
niche, which follows to review, which former mutuals to reconnect with.
--json prints one JSON array of {username, score, reason, evidence, tags}.`;

export async function runSuggestCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      account: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const list = positionals[0];
  if (!list || !suggestionLists.includes(list as SuggestionList) || positionals.length > 1) {
    throw new CliError(`suggest needs one list: ${suggestionLists.join(', ')}`);
  }
  const limit = values.limit === undefined ? 100 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit must be a positive whole number');
  const dbPath = resolveDatabasePath(values.db);
  const service = openCliService(dbPath);
  let ok = false;
  try {
    const account = pickAccount(await service.call('listAccounts', {}), values.account, dbPath);
    const result = await service.call('suggestions', {
      accountId: account.id,
      list: list as SuggestionList,
      limit,
    });
    ok = true;
    if (values.json) return printJson(result.rows);
    for (const note of result.notes) process.stdout.write(`${note}\n`);
    process.stdout.write('\n');
    const width = Math.max(8, ...result.rows.map((r) => r.username.length + 1));
    result.rows.forEach((r, i) => {
      process.stdout.write(
        `${String(i + 1).padStart(4)}  ${`@${r.username}`.padEnd(width)}  ${String(r.score).padStart(6)}  ${r.reason}\n`,
      );
    });
    if (result.total > result.rows.length) {
      process.stdout.write(`… ${result.total - result.rows.length} more (use --limit)\n`);
    }
  } finally {
    service.close(!ok);
  }
}
