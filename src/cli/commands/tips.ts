// followscope tips [--db FILE] [--account NAME] [--tz ZONE] [--all] [--json]
import { parseArgs } from 'node:util';
import { tipDimensionLabels } from '../../shared/domain/advice';
import { resolveDatabasePath } from '../../main/paths';
import { printJson } from '../output';
import { openCliService } from '../service';
import { pickAccount } from './summary';
import { checkCliTimeZone } from './time-zone';

export const tipsUsage = `followscope tips [--db FILE] [--account NAME] [--tz ZONE] [--all] [--json]

Prints the strategy tips for the account's newest snapshot, highest priority first, each with the
numbers behind it and the sample they rest on. Dismissed and snoozed tips are left out unless --all
is given. Hours and weekdays are in --tz (an IANA zone such as Asia/Tokyo, or an offset such as +05:30),
default the zone chosen in the app's Settings, else the system's.
--json prints one JSON object {timeZone, tips: [{id, dimension, title, priority, evidence, sample, why,
action, source, status, isNew}]}.`;

export async function runTipsCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      account: { type: 'string' },
      tz: { type: 'string' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  // A bad zone is refused before the database is opened.
  if (values.tz !== undefined) checkCliTimeZone(values.tz);
  const dbPath = resolveDatabasePath(values.db);
  const service = openCliService(dbPath);
  let ok = false;
  try {
    const account = pickAccount(await service.call('listAccounts', {}), values.account, dbPath);
    const list = await service.call('tips', { accountId: account.id, timeZone: values.tz });
    const tips = list.tips.filter((t) => values.all || t.status === 'active');
    ok = true;
    if (values.json) return printJson({ timeZone: list.timeZone, tips });
    process.stdout.write(`Times in ${list.timeZone}\n\n`);
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
      process.stdout.write(
        `• ${t.title}  [${flags}]\n  ${t.evidence.text}\n  Based on ${t.sample.size} ${t.sample.unit} (needs ${t.sample.minimum}).\n  → ${t.action}\n`,
      );
      if (t.source) process.stdout.write(`  Source: ${t.source.title}\n`);
      process.stdout.write('\n');
    }
  } finally {
    service.close(!ok);
  }
}
