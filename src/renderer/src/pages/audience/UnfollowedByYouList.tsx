// Instagram's own "recently unfollowed" list: the accounts the user unfollowed, as the newest export that
// held the list names them, with Instagram's time. Instagram keeps the list short, so it is one answer
// from the service shown in the virtualized table (search, sort, CSV), not server pages.
import type { UnfollowedByYou } from '../../../../shared/domain';
import { useAccount } from '../../app/AccountContext';
import { useCall } from '../../app/useCall';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProfileLink } from '../../components/ProfileLink';
import { formatDate, formatDateTime } from '../../format';

type Row = UnfollowedByYou['rows'][number];

export function UnfollowedByYouList({ accountId }: { accountId: number }) {
  const platform = useAccount().account?.platform ?? 'instagram';
  const list = useCall('unfollowedByYou', { accountId });
  const columns: Column<Row>[] = [
    {
      key: 'username',
      header: 'Account',
      value: (r) => r.username,
      render: (r) => <ProfileLink username={r.username} platform={platform} />,
      width: 'minmax(180px, 2fr)',
    },
    {
      key: 'unfollowedAt',
      header: 'You unfollowed',
      value: (r) => r.unfollowedAt,
      render: (r) =>
        r.unfollowedAt === null ? (
          '—'
        ) : (
          <span title={formatDateTime(r.unfollowedAt)}>{formatDate(r.unfollowedAt)}</span>
        ),
      width: 'minmax(140px, 1fr)',
      searchable: false,
    },
  ];
  if (list.error)
    return <ErrorBanner error={list.error} title="Could not load the list" onRetry={list.refetch} />;
  if (list.data === undefined)
    return (
      <p className="muted" aria-busy="true">
        Loading…
      </p>
    );
  if (list.data === null)
    return (
      <p className="muted" data-testid="unfollowed-by-you-absent">
        Not in your exports: Instagram lists the accounts you recently unfollowed in its &quot;Followers and
        following&quot; download.
      </p>
    );
  return (
    <DataTable
      rows={list.data.rows}
      columns={columns}
      label={`Unfollowed by you ${list.data.asOf.slice(0, 10)}`}
      initialSort={{ key: 'unfollowedAt', dir: 'desc' }}
      searchPlaceholder="Search usernames…"
      emptyMessage="Instagram lists no account you unfollowed recently."
      height={Math.min(440, Math.max(1, list.data.rows.length) * 30 + 2)}
      testId="unfollowed-by-you"
    />
  );
}
