// The Growth page's charts, all on one time window: followers, new follows per period, changes per
// snapshot window, following, and ratio / follow-back rate. Each chart is its own file.
import { memo, useMemo } from 'react';
import type { Granularity, GrowthSeries, StudioFollowerPoint } from '../../../../shared/domain';
import { usePlatform } from '../../app/usePlatform';
import { useChartPalette } from '../../charts/useChartPalette';
import { audiencePoints } from './audiencePoints';
import { ChangesChart } from './ChangesChart';
import { FollowersChart } from './FollowersChart';
import { FollowingChart } from './FollowingChart';
import { NewFollowsChart } from './NewFollowsChart';
import { RatioChart } from './RatioChart';
import { timeWindow, type Range } from './timeWindow';

export type { Range } from './timeWindow';

/**
 * Memoised: the page re-renders when its other answers (retention, the goal) arrive, and the charts
 * only need drawing again when the series, the window or the theme change.
 */
export const GrowthCharts = memo(function GrowthCharts({
  series,
  studio,
  range,
  granularity,
}: {
  series: GrowthSeries;
  /** TikTok Studio's daily follower count (empty without Studio downloads). */
  studio: StudioFollowerPoint[];
  range: Range;
  granularity: Granularity;
}) {
  const palette = useChartPalette();
  // X's archive has no follow dates: nothing is drawn by follow date.
  const followDates = usePlatform().has('followDates');
  const points = useMemo(() => audiencePoints(series, studio), [series, studio]);
  const span = useMemo(() => timeWindow(series, range), [series, range]);
  return (
    <>
      <FollowersChart
        series={series}
        points={points}
        window={span}
        palette={palette}
        followDates={followDates}
      />
      <div className="grid-2">
        <NewFollowsChart
          series={series}
          granularity={granularity}
          window={span}
          palette={palette}
          followDates={followDates}
        />
        <ChangesChart series={series} palette={palette} />
      </div>
      <div className="grid-2">
        <FollowingChart
          series={series}
          points={points}
          window={span}
          palette={palette}
          followDates={followDates}
        />
        <RatioChart series={series} window={span} palette={palette} />
      </div>
    </>
  );
});
