// Which account an export belongs to: its own profile username when it has one; otherwise the account
// the user named (CLI --account), or the only account of the export's platform there is. An account is
// (platform, username): the same name on TikTok and on Instagram is two accounts.
import type { Platform } from '../../../shared/domain';
import { upsertAccount } from '../../db/queries/accounts';
import type { Db } from '../../db/open';
import { ImportInputError } from '../sink';

export interface ResolvedAccount {
  id: number;
  username: string;
}

export function resolveAccount(
  db: Db,
  file: string,
  fromProfile: { username: string | null; displayName: string | null },
  requested: string | undefined,
  platform: Platform = 'tiktok',
): ResolvedAccount {
  const username = fromProfile.username ?? requested?.replace(/^@/, '') ?? onlyAccount(db, file, platform);
  const id = upsertAccount(db, platform, username, fromProfile.username ? fromProfile.displayName : null);
  const stored = db.prepare('SELECT username FROM accounts WHERE id = ?').pluck().get(id) as string;
  return { id, username: stored };
}

function onlyAccount(db: Db, file: string, platform: Platform): string {
  const names = db
    .prepare('SELECT username FROM accounts WHERE platform = ? LIMIT 2')
    .pluck()
    .all(platform) as string[];
  if (names.length === 1) return names[0]!;
  throw new ImportInputError(
    file,
    names.length === 0
      ? 'the export has no username; name the account with --account NAME'
      : 'the export has no username and there are several accounts; choose one with --account NAME',
  );
}
