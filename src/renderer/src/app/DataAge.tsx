// One line above every page: how old the newest export of the chosen account is, counted from today,
// with the date it was taken in the product's time zone. Past STALE_DAYS the line turns into a warning,
// since every number on the page describes the account as it was then.
import { useState } from 'react';
import { useTimeZone } from './TimeZoneContext';
import { formatDate } from '../format';
import { useAccount } from './AccountContext';

/** The same threshold as the stale-data tip's high priority. */
const STALE_DAYS = 90;
const DAY_MS = 86_400_000;

export function DataAge() {
  const { account } = useAccount();
  const { timeZone } = useTimeZone();
  // "Today" is read once per mount: a page stays consistent while it is open.
  const [now] = useState(() => Date.now());
  if (!account?.latestSnapshotAt) return null;
  const taken = Date.parse(account.latestSnapshotAt);
  const days = Math.max(0, Math.floor((now - taken) / DAY_MS));
  // Dates as everywhere else in the app ("Mar 15, 2026"), in the product's zone named after them.
  const day = (ms: number) => formatDate(new Date(ms));
  const stale = days >= STALE_DAYS;
  return (
    <p
      className={stale ? 'data-age data-age-stale' : 'data-age muted'}
      data-testid="data-age"
      data-days={days}
      role={stale ? 'status' : undefined}
      style={{
        fontSize: 'var(--text-sm)',
        margin: '8px 24px 0',
        ...(stale ? { color: 'var(--negative)', fontWeight: 600 } : {}),
      }}
    >
      Newest export of @{account.username}: {day(taken)}, {days} {days === 1 ? 'day' : 'days'} before today (
      {day(now)}, {timeZone}){stale ? ' — import a fresh export: these numbers are out of date.' : '.'}
    </p>
  );
}
