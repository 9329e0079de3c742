// Growth: followers and following over time from every source, new follows per period, ratio, changes
// per snapshot window, the follower goal and forecast, and follower retention by cohort.
import { useState } from 'react';
import type { Granularity, StudioFollowerPoint } from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { useCall } from '../app/useCall';
import { usePlatform } from '../app/usePlatform';
import { PlatformNote } from '../components/PlatformNote';
import { noFollowDatesNote } from '../platformNotes';
import { Card } from '../components/Card';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHeader } from '../components/PageHeader';
import { GoalCard } from './advice/GoalCard';
import { NoAccount } from './audience/NoAccount';
import { RetentionHeatmap } from './audience/RetentionHeatmap';
import { GrowthCharts, type Range } from './growth/GrowthCharts';
import { Segmented } from './growth/Segmented';
import './audience/audience.css';

/** No Studio downloads: one empty list, so the charts see the same props on every render. */
const NO_STUDIO: StudioFollowerPoint[] = [];

export function GrowthPage() {
  const { accountId } = useAccount();
  const platform = usePlatform();
  const dated = platform.has('followDates');
  const [range, setRange] = useState<Range>('all');
  const [granularity, setGranularity] = useState<Granularity>('month');
  // Asked in the order the page needs them (the service answers one call at a time): the charts wait
  // for the series and Studio's count; the goal card's forecast and the retention table sit below them.
  const series = useCall('growthSeries', accountId ? { accountId, granularity } : null);
  const studio = useCall('studioFollowerSeries', accountId ? { accountId } : null);
  useCall('forecast', accountId ? { accountId } : null);
  const retention = useCall('retention', accountId && dated ? { accountId } : null);
  const empty = accountId === null || (series.data && series.data.snapshots.length === 0);
  // The charts draw once both answers they read are in, not once for each (drawing them is the page's
  // heaviest work); a failed Studio call draws them without the Studio line.
  const studioDone = studio.data !== undefined || studio.error !== null;
  return (
    <div className="page" data-testid="page-growth">
      <PageHeader
        title="Growth"
        description="Followers and following over time, with who arrived and who left between snapshots."
        actions={
          <>
            <Segmented
              label="Range"
              value={range}
              options={['30d', '90d', '1y', 'all'] as const}
              onChange={(v) => setRange(v as Range)}
            />
            <Segmented
              label="Granularity"
              value={granularity}
              options={['day', 'week', 'month'] as const}
              onChange={(v) => setGranularity(v as Granularity)}
            />
          </>
        }
      />
      <ErrorBanner error={series.error} title="Could not load the series" onRetry={series.refetch} />
      {empty ? (
        <NoAccount what="how your audience grew" />
      ) : series.data && studioDone ? (
        <div className="stack">
          <GrowthCharts
            series={series.data}
            studio={studio.data ?? NO_STUDIO}
            range={range}
            granularity={granularity}
          />
          {accountId !== null && <GoalCard accountId={accountId} />}
          <Card
            title="Follower retention by month followed"
            subtitle={
              dated
                ? 'Of the follows dated in each month, the share still following at each snapshot. Months before your first snapshot only count those still there then.'
                : undefined
            }
          >
            {!dated ? (
              <PlatformNote>{noFollowDatesNote(platform.platform)}</PlatformNote>
            ) : retention.data && retention.data.snapshots.length < 2 ? (
              // With one export every cohort reads 100 %: nothing is known about who stayed yet.
              <p className="muted" data-testid="retention-needs-two">
                Needs two exports with a follower list: your next import shows how many of each month&apos;s
                followers stayed.
              </p>
            ) : retention.data && retention.data.cohorts.length > 0 ? (
              <RetentionHeatmap table={retention.data} />
            ) : (
              <p className="muted">No dated follows yet.</p>
            )}
          </Card>
        </div>
      ) : null}
    </div>
  );
}
