// followscope summary [--db FILE] [--account NAME] [--json]
import { parseArgs } from 'node:util';
import type { Account, AccountSummary } from '../../shared/domain';
import { resolveDatabasePath } from '../../main/paths';
import { formatNumber, formatPercent, printJson, printTable } from '../output';
import { CliError, openCliService } from '../service';

export const summaryUsage = `followscope summary [--db FILE] [--account NAME] [--json]

Reports the latest snapshot of the account (the only one when --account is absent and there is one).`;

export function pickAccount(accounts: Account[], name: string | undefined, dbPath: string): Account {
  if (name !== undefined) {
    const wanted = name.replace(/^@/, '').toLowerCase();
    const found = accounts.find((a) => a.username.toLowerCase() === wanted);
    if (!found) throw new CliError(`${dbPath}: no account named ${name}`);
    return found;
  }
  if (accounts.length === 1) return accounts[0]!;
  if (accounts.length === 0) throw new CliError(`${dbPath}: no account yet; import an export first`);
  throw new CliError(
    `${dbPath}: several accounts (${accounts.map((a) => a.username).join(', ')}); choose one with --account NAME`,
  );
}

export async function runSummaryCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      account: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const dbPath = resolveDatabasePath(values.db);
  const service = openCliService(dbPath);
  let ok = false;
  try {
    const account = pickAccount(await service.call('listAccounts', {}), values.account, dbPath);
    const s = await service.call('summary', { accountId: account.id });
    ok = true;
    if (values.json) return printJson(s);
    // A figure read from an older export than the newest says so, with that export's date.
    const dated = (n: number | null, asOf: string | null) =>
      n !== null && asOf !== null && asOf !== s.asOf
        ? `${formatNumber(n)} (not in this export; as of ${asOf})`
        : formatNumber(n);
    const change = (n: number | null) =>
      n === null && s.snapshots > 0 ? 'needs two exports with a follower list' : formatNumber(n);
    printTable([
      ['account', `@${s.account} (${s.platform})`],
      ['snapshots', s.snapshots],
      ['as of', s.asOf],
      ['followers', dated(s.followers, s.figuresAsOf.followers)],
      ['following', dated(s.following, s.figuresAsOf.following)],
      ['mutuals', dated(s.mutuals, s.figuresAsOf.mutuals)],
      ['fans not followed back', formatNumber(s.fansNotFollowedBack)],
      ['following not following back', formatNumber(s.followingNotFollowingBack)],
      ['follower/following ratio', s.followerFollowingRatio],
      ['follow-back rate', formatPercent(s.followBackRate)],
      ['new followers, last 30 days', formatNumber(s.newFollowers30d)],
      ['gained since last snapshot', change(s.gainedSinceLastSnapshot)],
      ['lost since last snapshot', change(s.lostSinceLastSnapshot)],
      ['posts', dated(s.posts, s.figuresAsOf.posts)],
      ['total post likes', formatNumber(s.totalPostLikes)],
      ['median post likes', s.medianPostLikes],
      ...studioRows(s.studio),
    ]);
  } finally {
    service.close(!ok);
  }
}

/** The TikTok Studio part of the table, when Studio downloads were imported. */
function studioRows(studio: AccountSummary['studio']): [string, string | number | null][] {
  if (!studio) return [['studio', 'no TikTok Studio downloads imported']];
  const sum = (n: number | null) => (n === null ? null : formatNumber(n));
  return [
    ['studio days', `${formatNumber(studio.days)} (${studio.from ?? '—'} to ${studio.to ?? '—'})`],
    ['studio video views', sum(studio.videoViews)],
    ['studio profile views', sum(studio.profileViews)],
    ['studio likes', sum(studio.likes)],
    ['studio comments', sum(studio.comments)],
    ['studio shares', sum(studio.shares)],
    ['engagement rate by views', formatPercent(studio.engagementRateByViews)],
  ];
}
