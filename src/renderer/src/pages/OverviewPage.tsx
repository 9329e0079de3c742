// Overview: where the account stands at its newest snapshot, what changed since the one before, and
// followers vs following across every snapshot.
import type { AudienceFacts, Fact } from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { useCall } from '../app/useCall';
import { usePlatform } from '../app/usePlatform';
import { PlatformNote } from '../components/PlatformNote';
import { noFollowDatesNote } from '../platformNotes';
import { FollowersFollowingChart } from '../charts/FollowersFollowingChart';
import { ErrorBanner } from '../components/ErrorBanner';
import { KpiCard } from '../components/KpiCard';
import { PageHeader } from '../components/PageHeader';
import { formatDate, formatDecimal, formatInt, formatPercent, NOT_IN_EXPORT } from '../format';
import { NoAccount } from './audience/NoAccount';
import './audience/audience.css';

// Changes arrive from the service (fact.change); only their wording is done here.
const signedPoints = (change: number | null): string | null => {
  if (change === null) return null;
  const d = change * 100;
  if (Math.abs(d) < 0.05) return '±0 pts';
  return `${d > 0 ? '+' : '−'}${formatDecimal(Math.abs(d))} pts`;
};
const signedRatio = (change: number | null): string | null =>
  change === null ? null : `${change > 0 ? '+' : change < 0 ? '−' : '±'}${formatDecimal(Math.abs(change))}`;
const dir = (change: number | null) =>
  change === null ? 'flat' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat';

/** The card's value: "not in this export" when no export carried the figure (never a 0). */
const shown = (fact: Fact, format: (n: number) => string) =>
  fact.value === null ? NOT_IN_EXPORT : format(fact.value);

/**
 * The card's hint: the figure's own date when it is older than the newest export (that export did not
 * carry it), else the usual hint.
 */
function hintFor(fact: Fact, newest: string | null, usual: string | null): string | null {
  if (fact.value !== null && fact.asOf !== newest) {
    return `not in this export (as of ${formatDate(fact.asOf)})`;
  }
  return usual;
}

function Kpis({ facts }: { facts: AudienceFacts }) {
  // New followers by period are counted by follow date, which X's archive does not have.
  const dated = usePlatform().has('followDates');
  const newest = facts.asOf;
  const window = facts.lost.since
    ? `since ${formatDate(facts.lost.since)}`
    : 'your next export with a follower list shows who came and went';
  const datedAsOf = (f: Fact) => (f.asOf ? `as of ${formatDate(f.asOf)}` : null);
  return (
    <div className="grid-kpis">
      <KpiCard
        testId="kpi-followers"
        label="Followers"
        value={shown(facts.followers, formatInt)}
        delta={facts.followers.change}
        hint={hintFor(
          facts.followers,
          newest,
          facts.profileFollowers.value !== null && facts.profileFollowers.value !== facts.followers.value
            ? `profile says ${formatInt(facts.profileFollowers.value)}`
            : datedAsOf(facts.followers),
        )}
      />
      <KpiCard
        testId="kpi-following"
        label="Following"
        value={shown(facts.following, formatInt)}
        delta={facts.following.change}
        goodDirection="up"
        hint={hintFor(facts.following, newest, datedAsOf(facts.following))}
      />
      <KpiCard
        testId="kpi-ratio"
        label="Followers/following ratio"
        value={
          facts.ratio.value === null && facts.following.value !== 0
            ? NOT_IN_EXPORT
            : formatDecimal(facts.ratio.value)
        }
        delta={signedRatio(facts.ratio.change)}
        deltaDirection={dir(facts.ratio.change)}
        hint={hintFor(facts.ratio, newest, 'followers per account you follow')}
      />
      <KpiCard
        testId="kpi-mutuals"
        label="Mutuals"
        value={shown(facts.mutuals, formatInt)}
        delta={facts.mutuals.change}
        hint={hintFor(facts.mutuals, newest, 'you follow each other')}
      />
      <KpiCard
        testId="kpi-follow-back-rate"
        label="Follow-back rate"
        value={
          facts.followBackRate.value === null && facts.following.value !== 0
            ? NOT_IN_EXPORT
            : formatPercent(facts.followBackRate.value)
        }
        delta={signedPoints(facts.followBackRate.change)}
        deltaDirection={dir(facts.followBackRate.change)}
        hint={hintFor(facts.followBackRate, newest, 'of the accounts you follow, the share that follow you')}
      />
      <KpiCard
        testId="kpi-gained"
        label="Gained"
        value={formatInt(facts.gained.value)}
        hint={
          facts.refollowed.value
            ? `${window}, ${formatInt(facts.refollowed.value)} of them came back`
            : hintFor(facts.gained, newest, window)
        }
      />
      <KpiCard
        testId="kpi-lost"
        label="Lost (unfollowed you)"
        value={formatInt(facts.lost.value)}
        goodDirection="down"
        hint={hintFor(facts.lost, newest, window)}
      />
      {dated && (
        <KpiCard
          testId="kpi-new-7d"
          label="New followers, last 7 days"
          value={shown(facts.newFollowers7d, formatInt)}
          delta={facts.newFollowers7d.change}
          hint={hintFor(
            facts.newFollowers7d,
            newest,
            facts.newFollowers7d.asOf
              ? `by follow date, before ${formatDate(facts.newFollowers7d.asOf)}`
              : null,
          )}
        />
      )}
      {dated && (
        <KpiCard
          testId="kpi-new-30d"
          label="New followers, last 30 days"
          value={shown(facts.newFollowers30d, formatInt)}
          delta={facts.newFollowers30d.change}
          hint={hintFor(facts.newFollowers30d, newest, 'still following at the export')}
        />
      )}
    </div>
  );
}

function FollowersVsFollowing({ accountId }: { accountId: number }) {
  const { data } = useCall('growthSeries', { accountId, granularity: 'month' });
  const points = (data?.snapshots ?? []).map((s) => ({
    t: Date.parse(s.takenAt),
    followers: s.followers,
    following: s.following,
  }));
  return (
    <FollowersFollowingChart
      points={points}
      title="Followers vs following"
      subtitle="At each imported snapshot"
      testId="chart-followers-following"
    />
  );
}

export function OverviewPage() {
  const { accountId } = useAccount();
  const platform = usePlatform();
  const overview = useCall('audienceOverview', accountId ? { accountId } : null);
  const facts = overview.data ?? null;
  return (
    <div className="page" data-testid="page-overview">
      <PageHeader
        title="Overview"
        description="Where your account stands today, and what changed since your last export."
      />
      <ErrorBanner error={overview.error} title="Could not load the overview" onRetry={overview.refetch} />
      {accountId === null || (facts && facts.asOf === null) ? (
        <NoAccount what="your followers, following and mutuals" />
      ) : facts ? (
        <div className="stack">
          <Kpis facts={facts} />
          {!platform.has('followDates') && (
            <PlatformNote>{noFollowDatesNote(platform.platform)}</PlatformNote>
          )}
          <FollowersVsFollowing accountId={accountId} />
        </div>
      ) : null}
    </div>
  );
}
