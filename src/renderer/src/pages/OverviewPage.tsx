// Overview: where the account stands at its newest snapshot, what changed since the one before, and
// followers vs following across every snapshot.
import type { AudienceKpis } from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { useCall } from '../app/useCall';
import { FollowersFollowingChart } from '../charts/FollowersFollowingChart';
import { ErrorBanner } from '../components/ErrorBanner';
import { KpiCard } from '../components/KpiCard';
import { PageHeader } from '../components/PageHeader';
import { formatDate, formatDecimal, formatInt, formatPercent } from '../format';
import { NoAccount } from './audience/NoAccount';
import './audience/audience.css';

const signedPoints = (a: number | null, b: number | null | undefined): string | null => {
  if (a === null || b === null || b === undefined) return null;
  const d = (a - b) * 100;
  if (Math.abs(d) < 0.05) return '±0 pts';
  return `${d > 0 ? '+' : '−'}${formatDecimal(Math.abs(d))} pts`;
};
const signedRatio = (a: number | null, b: number | null | undefined): string | null => {
  if (a === null || b === null || b === undefined) return null;
  const d = a - b;
  return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatDecimal(Math.abs(d))}`;
};
const dir = (a: number | null, b: number | null | undefined) =>
  a === null || b == null ? 'flat' : a > b ? 'up' : a < b ? 'down' : 'flat';
const delta = (a: number, b: number | undefined) => (b === undefined ? null : a - b);

function Kpis({ latest, previous }: { latest: AudienceKpis; previous: AudienceKpis | null }) {
  const since = latest.previousTakenAt
    ? `since ${formatDate(latest.previousTakenAt)}`
    : 'one snapshot: no changes yet';
  const p = previous ?? undefined;
  return (
    <div className="grid-kpis">
      <KpiCard
        testId="kpi-followers"
        label="Followers"
        value={formatInt(latest.followers)}
        delta={delta(latest.followers, p?.followers)}
        hint={
          latest.profileFollowers !== null && latest.profileFollowers !== latest.followers
            ? `profile says ${formatInt(latest.profileFollowers)}`
            : `as of ${formatDate(latest.takenAt)}`
        }
      />
      <KpiCard
        testId="kpi-following"
        label="Following"
        value={formatInt(latest.following)}
        delta={delta(latest.following, p?.following)}
        goodDirection="up"
        hint={`as of ${formatDate(latest.takenAt)}`}
      />
      <KpiCard
        testId="kpi-ratio"
        label="Followers/following ratio"
        value={latest.ratio === null ? '—' : formatDecimal(latest.ratio)}
        delta={signedRatio(latest.ratio, p?.ratio)}
        deltaDirection={dir(latest.ratio, p?.ratio)}
      />
      <KpiCard
        testId="kpi-mutuals"
        label="Mutuals"
        value={formatInt(latest.mutuals)}
        delta={delta(latest.mutuals, p?.mutuals)}
        hint="you follow each other"
      />
      <KpiCard
        testId="kpi-follow-back-rate"
        label="Follow-back rate"
        value={formatPercent(latest.followBackRate)}
        delta={signedPoints(latest.followBackRate, p?.followBackRate)}
        deltaDirection={dir(latest.followBackRate, p?.followBackRate)}
        hint="of the accounts you follow, the share that follow you"
      />
      <KpiCard
        testId="kpi-gained"
        label="Gained"
        value={formatInt(latest.gained + latest.refollowed)}
        delta={p?.previousTakenAt ? delta(latest.gained + latest.refollowed, p.gained + p.refollowed) : null}
        hint={latest.refollowed > 0 ? `${since}, ${formatInt(latest.refollowed)} of them came back` : since}
      />
      <KpiCard
        testId="kpi-lost"
        label="Lost (unfollowed you)"
        value={formatInt(latest.lost)}
        delta={p?.previousTakenAt ? delta(latest.lost, p.lost) : null}
        goodDirection="down"
        hint={since}
      />
      <KpiCard
        testId="kpi-new-7d"
        label="New followers, last 7 days"
        value={formatInt(latest.newFollowers7d)}
        delta={delta(latest.newFollowers7d, p?.newFollowers7d)}
        hint={`by follow date, before ${formatDate(latest.takenAt)}`}
      />
      <KpiCard
        testId="kpi-new-30d"
        label="New followers, last 30 days"
        value={formatInt(latest.newFollowers30d)}
        delta={delta(latest.newFollowers30d, p?.newFollowers30d)}
        hint="still following at the snapshot"
      />
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
  const overview = useCall('audienceOverview', accountId ? { accountId } : null);
  const latest = overview.data?.latest ?? null;
  return (
    <div className="page" data-testid="page-overview">
      <PageHeader
        title="Overview"
        description="Where your account stands today, and what changed since your last export."
      />
      <ErrorBanner error={overview.error} title="Could not load the overview" onRetry={overview.refetch} />
      {accountId === null || (overview.data && !latest) ? (
        <NoAccount what="your followers, following and mutuals" />
      ) : latest ? (
        <div className="stack">
          <Kpis latest={latest} previous={overview.data?.previous ?? null} />
          <FollowersVsFollowing accountId={accountId} />
        </div>
      ) : null}
    </div>
  );
}
