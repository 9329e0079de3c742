// followscope list <kind> [--db FILE] [--account NAME] [--json]
import { parseArgs } from 'node:util';
import { audienceListKinds, type AudienceListKind, type AudienceRow } from '../../shared/domain';
import { resolveDatabasePath } from '../../main/paths';
import { printJson } from '../output';
import { CliError, openCliService } from '../service';
import { pickAccount } from './summary';

export const listUsage = `followscope list <${audienceListKinds.join('|')}|unfollowed-by-you> [--db FILE] [--account NAME] [--json]

Lists the accounts of the latest snapshot (unfollowers, new-followers, refollows: since the snapshot
before it), by username. --json prints one array of {username, followedAt, …} (ISO 8601 UTC or null).`;

const PAGE = 5000;
const DAY = 86_400_000;

export async function runListCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      account: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [kind, ...extra] = positionals;
  if (kind === 'unfollowed-by-you' && extra.length === 0) return listUnfollowedByYou(values);
  if (!kind || extra.length > 0 || !(audienceListKinds as readonly string[]).includes(kind)) {
    throw new CliError(`list needs one of: ${audienceListKinds.join(', ')}, unfollowed-by-you`);
  }
  const list = kind as AudienceListKind;
  const dbPath = resolveDatabasePath(values.db);
  const service = openCliService(dbPath);
  let ok = false;
  try {
    const account = pickAccount(await service.call('listAccounts', {}), values.account, dbPath);
    const rows: AudienceRow[] = [];
    let window: { from: string; to: string } | null = null;
    for (let offset = 0; ; offset += PAGE) {
      const page = await service.call('audienceList', {
        accountId: account.id,
        list,
        offset,
        limit: PAGE,
        sort: { key: 'username', dir: 'asc' },
      });
      window = page.window;
      rows.push(...page.rows);
      if (page.rows.length < PAGE) break;
    }
    ok = true;
    const out = rows.map((r) => ({
      username: r.username,
      followedAt: r.followedAt,
      ...(list === 'mutuals' ? { youFollowedAt: r.youFollowedAt } : {}),
      ...(list === 'not-following-back'
        ? { outstandingDays: r.outstandingMs === null ? null : Math.floor(r.outstandingMs / DAY) }
        : {}),
      ...(window ? { windowFrom: window.from, windowTo: window.to } : {}),
      keep: r.keep,
      tags: r.tags,
      note: r.note,
    }));
    if (values.json) return printJson(out);
    if (window) process.stderr.write(`between ${window.from} and ${window.to}: ${out.length}\n`);
    for (const r of out) process.stdout.write(`${r.username}\t${r.followedAt ?? '—'}\n`);
  } finally {
    service.close(!ok);
  }
}

/** Instagram's "recently unfollowed": the user's own unfollows, from the newest export that held the list. */
async function listUnfollowedByYou(values: { db?: string; account?: string; json?: boolean }): Promise<void> {
  const dbPath = resolveDatabasePath(values.db);
  const service = openCliService(dbPath);
  let ok = false;
  try {
    const account = pickAccount(await service.call('listAccounts', {}), values.account, dbPath);
    const found = await service.call('unfollowedByYou', { accountId: account.id });
    ok = true;
    if (values.json) return printJson(found === null ? null : found.rows);
    if (found === null) {
      process.stderr.write(
        'not in this export: no export of this account lists the accounts you unfollowed\n',
      );
      return;
    }
    process.stderr.write(`as of ${found.asOf}: ${found.rows.length}\n`);
    for (const r of found.rows) process.stdout.write(`${r.username}\t${r.unfollowedAt ?? '—'}\n`);
  } finally {
    service.close(!ok);
  }
}
