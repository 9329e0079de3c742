// followscope tips [--db FILE] [--account NAME] [--all] [--json]
import { parseArgs } from 'node:util';
import { tipDimensionLabels } from '../../shared/domain/advice';
import { resolveDatabasePath } from '../../main/paths';
import { printJson } from '../output';
import { openCliService } from '../service';
import { pickAccount } from './summary';

export const tipsUsage = `followscope tips [--db FILE] [--account NAME] [--all] [--json]

Prints the strategy tips for the account's newest snapshot, highest priority first, each with the
numbers behind it. Dismissed and snoozed tips are left out unless --all is given.
--json prints one JSON array of {id, dimension, title, priority, evidence, why, action, source, status, isNew}.`;

export async function runTipsCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      account: { type: 'string' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dbPath = resolveDatabasePath(values.db);
  const service = openCliService(dbPath);
  let ok = false;
  try {
    const account = pickAccount(await service.call('listAccounts', {}), values.account, dbPath);
    const tips = (await service.call('tips', { accountId: account.id })).filter(
      (t) => values.all || t.status === 'active',
    );
    ok = true;
    if (values.json) return printJson(tips);
    if (tips.length === 0) {
      process.stdout.write('No tips: nothing in your numbers calls for a change right now.\n');
      return;
    }
    for (const t of tips) {
      const flags = [
        t.priority,
        tipDimensionLabels[t.dimension],
        t.isNew ? 'new' : '',
        t.status !== 'active' ? t.status : '',
      ]
        .filter(Boolean)
        .join(' · ');
      process.stdout.write(`• ${t.title}  [${flags}]\n  ${t.evidence.text}\n  → ${t.action}\n`);
      if (t.source) process.stdout.write(`  Source: ${t.source.title}\n`);
      process.stdout.write('\n');
    }
  } finally {
    service.close(!ok);
  }
}
