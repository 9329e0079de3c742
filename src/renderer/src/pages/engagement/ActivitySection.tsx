// "Your activity": what you did on the platform per day or week (likes given, comments, shares, videos
// watched), each day from the newest export that covers it.
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ActivityCounts, YourActivity } from '../../../../shared/domain';
import { seriesColor } from '../../charts/palette';
import { useChartPalette } from '../../charts/useChartPalette';
import { ChartFrame } from '../../components/ChartFrame';
import { KpiCard } from '../../components/KpiCard';
import { formatInt } from '../../format';
import { valueExtent, withZero } from '../../charts/countScale';
import { axisProps, countAxisProps, gridProps, legendProps, tooltipProps } from '../../charts/kit';
import { dayTicks, dayYearLabel } from './labels';

const series = [
  { key: 'watched', label: 'Videos watched', color: 0 },
  { key: 'likesGiven', label: 'Likes given', color: 1 },
  { key: 'comments', label: 'Comments', color: 2 },
  { key: 'shares', label: 'Shares', color: 3 },
] as const;

export function ActivitySection({ activity }: { activity: YourActivity }) {
  const palette = useChartPalette();
  const [by, setBy] = useState<'week' | 'day'>('week');
  const data: (ActivityCounts & { at: string })[] =
    by === 'week'
      ? activity.weeks.map((w) => ({ ...w, at: w.week }))
      : activity.days.map((d) => ({ ...d, at: d.day }));
  const axis = axisProps(palette);
  return (
    <div className="stack" data-testid="activity-section">
      <div className="grid-kpis">
        {series.map((s) => (
          <KpiCard
            key={s.key}
            label={s.label}
            value={formatInt(activity.totals[s.key])}
            hint={
              activity.days.length
                ? `${dayYearLabel(activity.days[0]!.day)} – ${dayYearLabel(activity.days.at(-1)!.day)}`
                : undefined
            }
            testId={`kpi-activity-${s.key}`}
          />
        ))}
      </div>
      <ChartFrame
        title="Your activity"
        subtitle="What you did on TikTok: the following side of your account"
        fileName={`your-activity-per-${by}`}
        height={300}
        testId="chart-activity"
        footer={
          by === 'week'
            ? 'Whole weeks (Monday to Sunday) only: the days of the weeks cut short at either end are in Per day.'
            : undefined
        }
        actions={
          <div className="segmented" role="group" aria-label="Group by">
            {(['week', 'day'] as const).map((b) => (
              <button key={b} type="button" aria-pressed={by === b} onClick={() => setBy(b)}>
                Per {b}
              </button>
            ))}
          </div>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid {...gridProps(palette)} />
            <XAxis
              dataKey="at"
              {...axis}
              tickFormatter={dayTicks(data[0]?.at, data.at(-1)?.at)}
              minTickGap={36}
            />
            <YAxis
              {...countAxisProps(
                palette,
                withZero(
                  valueExtent(
                    data,
                    series.map((s) => s.key),
                  ),
                ),
              )}
            />
            <Tooltip
              {...tooltipProps(palette)}
              labelFormatter={(d) =>
                by === 'week' ? `Week of ${dayYearLabel(String(d))}` : dayYearLabel(String(d))
              }
              formatter={(v) => formatInt(Number(v))}
            />
            <Legend {...legendProps(palette)} />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={seriesColor(palette, s.color)}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
