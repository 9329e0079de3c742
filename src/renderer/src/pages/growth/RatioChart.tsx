// One ratio at a time, on its own scale: followers per account you follow, or the follow-back rate.
import { useState } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GrowthSeries } from '../../../../shared/domain';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { valueExtent } from '../../charts/countScale';
import { decimalAxisProps, percentAxisProps, pointDot, timeAxisProps } from '../../charts/kit';
import type { ChartPalette } from '../../charts/palette';
import { ChartFrame } from '../../components/ChartFrame';
import { formatDecimal, formatInt, formatPercent } from '../../format';
import { Segmented } from './Segmented';
import type { TimeWindow } from './timeWindow';

const RATIO_METRICS = ['Followers/following ratio', 'Follow-back rate'] as const;
type RatioMetric = (typeof RATIO_METRICS)[number];

/** What the ratio means, worked out on the newest export that knows both counts. */
function ratioSubtitle(series: GrowthSeries): string {
  const known = series.snapshots.findLast(
    (s) => s.followers !== null && s.following !== null && s.following > 0 && s.ratio !== null,
  );
  const meaning = 'Followers for each account you follow';
  if (!known) return meaning;
  return `${meaning} (at your newest export, ${formatInt(known.followers)} followers and ${formatInt(known.following)} following make ${formatDecimal(known.ratio)})`;
}

export function RatioChart({
  series,
  window: w,
  palette,
}: {
  series: GrowthSeries;
  window: TimeWindow;
  palette: ChartPalette;
}) {
  const [metric, setMetric] = useState<RatioMetric>('Followers/following ratio');
  const followBack = metric === 'Follow-back rate';
  const data = series.snapshots.map((s) => ({
    t: Date.parse(s.takenAt),
    ratio: s.ratio,
    followBack: s.followBackRate,
  }));
  return (
    <ChartFrame
      title={metric}
      subtitle={
        followBack ? 'Of the accounts you follow, the share that follow you back' : ratioSubtitle(series)
      }
      testId="chart-ratio"
      footer={
        <Segmented label="Metric" value={metric} options={RATIO_METRICS} onChange={(v) => setMetric(v)} />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <XAxis {...timeAxisProps(palette, [data[0]?.t ?? w.from, w.end])} />
          {followBack ? (
            // A share always reads against the whole: 0% to 100%.
            <YAxis {...percentAxisProps(palette, [0, 1])} />
          ) : (
            <YAxis {...decimalAxisProps(palette, valueExtent(data, ['ratio']))} />
          )}
          <Tooltip
            content={<ChartTooltip valueFormat={(v) => (followBack ? formatPercent(v) : formatDecimal(v))} />}
          />
          <Line
            dataKey={followBack ? 'followBack' : 'ratio'}
            name={metric}
            stroke={palette.series[0]}
            strokeWidth={2}
            dot={pointDot(3)}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
