// Which account an export belongs to: its own profile username when it has one (never a placeholder
// such as "user"); otherwise the account the user named (CLI --account), or the only account of the
// export's platform. An account is (platform, username): the same name on TikTok and on Instagram is two.
import type { Platform } from '../../../shared/domain';
import { upsertAccount } from '../../db/queries/accounts';
import type { Db } from '../../db/open';
import { AccountNeededError } from '../sink';

export interface ResolvedAccount {
  id: number;
  username: string;
}

export function resolveAccount(
  db: Db,
  file: string,
  fromProfile: { username: string | null; displayName: string | null; placeholderUsername?: string },
  requested: string | undefined,
  platform: Platform = 'tiktok',
): ResolvedAccount {
  const username =
    fromProfile.username ??
    requested?.replace(/^@/, '') ??
    onlyAccount(db, file, platform, fromProfile.placeholderUsername);
  const id = upsertAccount(db, platform, username, fromProfile.username ? fromProfile.displayName : null);
  const stored = db.prepare('SELECT username FROM accounts WHERE id = ?').pluck().get(id) as string;
  return { id, username: stored };
}

function onlyAccount(db: Db, file: string, platform: Platform, placeholder: string | undefined): string {
  const names = db
    .prepare('SELECT username FROM accounts WHERE platform = ? LIMIT 2')
    .pluck()
    .all(platform) as string[];
  if (names.length === 1) return names[0]!;
  // A placeholder such as "user" is never made an account: the user names the real one.
  const why = placeholder
    ? `the export's username ${JSON.stringify(placeholder.slice(0, 40))} is a placeholder, not an account`
    : 'the export has no username';
  throw new AccountNeededError(
    file,
    names.length === 0
      ? `${why}; name the account with --account NAME`
      : `${why} and there are several accounts; choose one with --account NAME`,
  );
}
