// Followers so far and the projection of both models with their ≈95% bands, plus the goal line.
// Exported for the Growth page too (the goal line belongs on the Growth chart).
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Forecast } from '../../../../shared/domain';
import { useChartPalette } from '../../charts/useChartPalette';
import { valueExtent, withZero } from '../../charts/countScale';
import { formatInt } from '../../format';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { countAxisProps, gridProps, legendProps, pointDot, timeAxisProps } from '../../charts/kit';

export function ForecastChart({ forecast }: { forecast: Forecast }) {
  const palette = useChartPalette();
  const data = forecast.points.map((p) => ({
    t: Date.parse(p.t),
    actual: p.actual,
    linear: p.linear,
    growth: p.growth,
    linearBand: p.linearLow !== null && p.linearHigh !== null ? [p.linearLow, p.linearHigh] : null,
    growthBand: p.growthLow !== null && p.growthHigh !== null ? [p.growthLow, p.growthHigh] : null,
  }));
  const goal = forecast.goal?.target;
  // Projections start today. When the newest export is older, the stretch from it to today was neither
  // seen nor drawn: without a mark, the lines would seem to leap from the last dot to the projection.
  const newestSeen = data.findLast((p) => p.actual !== null)?.t;
  const today = forecast.from === null ? undefined : Date.parse(forecast.from);
  const unseen = newestSeen !== undefined && today !== undefined && today > newestSeen;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid {...gridProps(palette)} />
        <XAxis {...timeAxisProps(palette, [data[0]?.t ?? 0, data.at(-1)?.t ?? 0])} />
        <YAxis
          {...countAxisProps(
            palette,
            withZero(
              valueExtent(
                [...data, { goal }],
                ['actual', 'linear', 'growth', 'linearBand', 'growthBand', 'goal'],
              ),
            ),
          )}
        />
        <Tooltip
          content={(props) => (
            <ChartTooltip
              active={props.active}
              label={props.label as number | undefined}
              payload={(props.payload ?? []).filter((p) => !Array.isArray(p.value)) as never}
            />
          )}
        />
        <Legend {...legendProps(palette)} />
        <Area
          dataKey="linearBand"
          name="Linear band"
          stroke="none"
          fill={palette.series[1]}
          fillOpacity={0.15}
          legendType="none"
          isAnimationActive={false}
          connectNulls
        />
        <Area
          dataKey="growthBand"
          name="Growth-rate band"
          stroke="none"
          fill={palette.series[2]}
          fillOpacity={0.15}
          legendType="none"
          isAnimationActive={false}
          connectNulls
        />
        <Line
          dataKey="actual"
          name="Followers"
          stroke={palette.series[0]}
          strokeWidth={2}
          dot={pointDot(3)}
          isAnimationActive={false}
          connectNulls
        />
        <Line
          dataKey="linear"
          name="Linear trend"
          stroke={palette.series[1]}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="growth"
          name="Growth-rate trend"
          stroke={palette.series[2]}
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
        {unseen && (
          <ReferenceArea
            x1={newestSeen}
            x2={today}
            fill={palette.grid}
            fillOpacity={0.5}
            stroke="none"
            label={{ value: 'No export', fill: palette.axis, fontSize: 12, position: 'insideTop' }}
            className="forecast-unseen"
          />
        )}
        {unseen && (
          <ReferenceLine
            x={today}
            stroke={palette.axis}
            label={{
              value: 'Today',
              fill: palette.text,
              fontSize: 12,
              position: 'insideBottomRight',
            }}
            className="forecast-today"
          />
        )}
        {goal !== undefined && (
          <ReferenceLine
            y={goal}
            stroke={palette.gain}
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
            label={{
              value: `Goal ${formatInt(goal)}`,
              fill: palette.text,
              fontSize: 12,
              position: 'insideTopLeft',
            }}
            className="goal-line"
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
