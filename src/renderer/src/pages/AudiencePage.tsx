// Audience: who follows back, who doesn't, who left and who arrived, as searchable server-paged tables.
import { useState } from 'react';
import type { AudienceListKind } from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { useCall } from '../app/useCall';
import { usePlatform } from '../app/usePlatform';
import { Card } from '../components/Card';
import { PageHeader } from '../components/PageHeader';
import { Tabs } from '../components/Tabs';
import { formatDate, formatInt } from '../format';
import { AudienceTable } from './audience/AudienceTable';
import { NoAccount } from './audience/NoAccount';
import { UnfollowedByYouList } from './audience/UnfollowedByYouList';
import './audience/audience.css';

const TABS: { id: AudienceListKind; label: string; about: string; empty: string }[] = [
  { id: 'mutuals', label: 'Mutuals', about: 'You follow each other.', empty: 'No mutuals in this snapshot.' },
  {
    id: 'fans-not-followed-back',
    label: 'Fans not followed back',
    about: 'They follow you; you do not follow them.',
    empty: 'You follow back everyone who follows you.',
  },
  {
    id: 'not-following-back',
    label: 'Not following back',
    about: 'You follow them; they do not follow you. "Waiting" is how long since you followed.',
    empty: 'Everyone you follow follows you back.',
  },
  {
    id: 'unfollowers',
    label: 'Unfollowers',
    about: 'Followed you in the previous snapshot, gone in this one.',
    empty: 'Nobody unfollowed you in this window.',
  },
  {
    id: 'new-followers',
    label: 'New followers',
    about: 'Followed you for the first time in this window.',
    empty: 'No new followers in this window.',
  },
  {
    id: 'refollows',
    label: 'Refollows',
    about: 'Had unfollowed you before and came back in this window.',
    empty: 'Nobody came back in this window.',
  },
];
const windowed = new Set<AudienceListKind>(['unfollowers', 'new-followers', 'refollows']);

/** Instagram's own list of accounts the user unfollowed: a tab of its own, not a list kind of the service's. */
const UNFOLLOWED_BY_YOU = 'unfollowed-by-you';
type TabId = AudienceListKind | typeof UNFOLLOWED_BY_YOU;

export function AudiencePage() {
  const { accountId } = useAccount();
  const platform = usePlatform();
  const [tab, setTab] = useState<TabId>('mutuals');
  const [snapshotId, setSnapshotId] = useState<number | undefined>(undefined);
  const series = useCall('growthSeries', accountId ? { accountId, granularity: 'month' } : null);
  const points = series.data?.snapshots ?? [];
  const chosen = points.find((p) => p.snapshotId === snapshotId) ?? points.at(-1);
  // Counts come from the service; null (a list this export did not carry) shows no count.
  const counts: Record<AudienceListKind, number | null | undefined> = {
    mutuals: chosen?.mutuals,
    'fans-not-followed-back': chosen?.fansNotFollowedBack,
    'not-following-back': chosen?.notFollowingBack,
    unfollowers: chosen?.lost,
    'new-followers': chosen?.gained,
    refollows: chosen?.refollowed,
  };
  const ownList = platform.has('unfollowedByYou');
  const listTab: AudienceListKind = tab === UNFOLLOWED_BY_YOU ? 'mutuals' : tab;
  const current = TABS.find((t) => t.id === listTab)!;
  // Without follow dates (X) there is no "how long since you followed" to speak of.
  const about =
    listTab === 'not-following-back' && !platform.has('followDates')
      ? 'You follow them; they do not follow you.'
      : current.about;
  const isWindowed = windowed.has(listTab);
  // A list the chosen export did not carry is unknown, not empty.
  const notCarried = !isWindowed && chosen !== undefined && counts[listTab] === null;

  const snapshotPicker =
    points.length > 1 ? (
      <select
        className="select"
        aria-label="Snapshot"
        value={chosen?.snapshotId ?? ''}
        onChange={(e) => setSnapshotId(Number(e.target.value))}
      >
        {points
          // A window runs from the previous export with a follower list (the service pairs them).
          .filter((p) => !isWindowed || p.previousTakenAt)
          .map((p) => (
            <option key={p.snapshotId} value={p.snapshotId}>
              {isWindowed && p.previousTakenAt
                ? `${formatDate(p.previousTakenAt)} → ${formatDate(p.takenAt)}`
                : formatDate(p.takenAt)}
            </option>
          ))}
      </select>
    ) : null;

  return (
    <div className="page" data-testid="page-audience">
      <PageHeader
        title="Audience"
        description="Who follows you back, who doesn't, and the people you lost."
      />
      {accountId === null || (series.data && points.length === 0) ? (
        <NoAccount what="who follows you back and who left" />
      ) : (
        <div className="stack">
          <Tabs
            label="Audience lists"
            tabs={[
              ...TABS.map((t) => ({
                id: t.id,
                label: t.label,
                count: counts[t.id] == null ? undefined : formatInt(counts[t.id]),
              })),
              ...(ownList ? [{ id: UNFOLLOWED_BY_YOU, label: 'Unfollowed by you' }] : []),
            ]}
            value={tab === UNFOLLOWED_BY_YOU && !ownList ? 'mutuals' : tab}
            onChange={(id) => setTab(id as TabId)}
          />
          {tab === UNFOLLOWED_BY_YOU && ownList && accountId !== null ? (
            <Card
              title="Unfollowed by you"
              subtitle={`Accounts you unfollowed, as ${platform.name} lists them in its "recently unfollowed" list.`}
              flush
            >
              <div style={{ padding: 'var(--space-3) var(--space-4) var(--space-4)' }}>
                <UnfollowedByYouList accountId={accountId} />
              </div>
            </Card>
          ) : (
            <Card
              title={current.label}
              subtitle={
                isWindowed
                  ? chosen?.previousTakenAt
                    ? `${about} Between ${formatDate(chosen.previousTakenAt)} and ${formatDate(chosen.takenAt)}.`
                    : 'Needs two snapshots: import another export later to see who came and went.'
                  : notCarried
                    ? `${about} Not in this export (${formatDate(chosen?.takenAt)}): it has no follower or no following list.`
                    : `${about} As of ${formatDate(chosen?.takenAt)}.`
              }
              flush
            >
              <div style={{ padding: 'var(--space-3) var(--space-4) var(--space-4)' }}>
                {accountId !== null && !notCarried && (!isWindowed || chosen?.previousTakenAt) && (
                  <AudienceTable
                    key={`${listTab}-${chosen?.snapshotId}`}
                    accountId={accountId}
                    list={listTab}
                    label={`${current.label}${chosen ? ` ${chosen.takenAt.slice(0, 10)}` : ''}`}
                    snapshotId={chosen?.snapshotId}
                    emptyMessage={current.empty}
                    toolbar={snapshotPicker}
                  />
                )}
              </div>
            </Card>
          )}
        </div>
      )}
    </div>
  );
}
