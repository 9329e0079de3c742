// Follower goal: set a target (and optionally a date); see when each model reaches it and the chart.
import { useState, type FormEvent } from 'react';
import type { Forecast } from '../../../../shared/domain';
import { useCall } from '../../app/useCall';
import { useToast } from '../../app/ToastContext';
import { Button } from '../../components/Button';
import { ChartFrame } from '../../components/ChartFrame';
import { ErrorBanner } from '../../components/ErrorBanner';
import {
  displayTimeZone,
  formatDate,
  formatDecimal,
  formatEvidenceValue,
  formatInt,
  localizeText,
} from '../../format';
import { ForecastChart } from './ForecastChart';

const modelLabel = {
  linear: 'Linear (same number of followers a day)',
  'growth-rate': 'Growth rate (same % a day)',
};

/** When each model's line meets the goal, said as a reader would ask it. */
function reachText(f: Forecast, m: Forecast['models'][number]): string {
  if (!f.goal) return '';
  // Behind already: a date (today's) would read as still to come.
  if (m.passed === 'at-newest-export') return 'goal already reached at your newest export';
  if (m.passed === 'by-today')
    return 'goal already passed today, if this trend held since your newest export';
  if (!m.reachDate) return 'goal not reached at the current trend';
  const earliest = m.reachEarliest ? formatDate(m.reachEarliest) : null;
  const latest = m.reachLatest ? formatDate(m.reachLatest) : null;
  const band =
    earliest && latest
      ? earliest === latest
        ? ''
        : ` (between ${earliest} and ${latest})`
      : earliest
        ? ` (from ${earliest}; the pessimistic bound never gets there)`
        : '';
  return `goal reached ${formatDate(m.reachDate)}${band}`;
}

export function GoalCard({ accountId }: { accountId: number }) {
  const { data, error, refetch } = useCall('forecast', { accountId });
  const toast = useToast();
  const [target, setTarget] = useState('');
  const [deadline, setDeadline] = useState('');
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(target);
    if (!Number.isInteger(n) || n < 1) return toast.show('Enter a whole number of followers', 'negative');
    try {
      await window.followscope.setFollowerGoal({ accountId, target: n, deadline: deadline || null });
      toast.show('Goal saved', 'positive');
      refetch();
    } catch (err) {
      toast.show((err as Error).message, 'negative');
    }
  };
  const clear = async () => {
    await window.followscope.setFollowerGoal({ accountId, target: null });
    refetch();
  };
  if (error) return <ErrorBanner error={error} onRetry={refetch} />;
  const f = data;
  return (
    <div className="stack" data-testid="goal-card">
      <form className="inline-form card card-body" onSubmit={save} aria-label="Follower goal">
        <label>
          Follower goal
          <input
            className="input"
            type="number"
            min={1}
            inputMode="numeric"
            value={target}
            placeholder={f?.goal ? String(f.goal.target) : 'e.g. 50000'}
            onChange={(e) => setTarget(e.target.value)}
            data-testid="goal-target"
          />
        </label>
        <label>
          By (optional)
          <input
            className="input"
            type="date"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </label>
        <Button type="submit" variant="primary" data-testid="goal-save">
          Set goal
        </Button>
        {f?.goal && (
          <Button type="button" variant="ghost" onClick={clear}>
            Clear goal
          </Button>
        )}
        {f?.goal && (
          <span className="muted" data-testid="goal-current">
            Goal: {formatInt(f.goal.target)} followers
            {/* The deadline is a calendar day, not an instant: shown as that day in any zone. */}
            {f.goal.deadline ? ` by ${formatEvidenceValue(f.goal.deadline)}` : ''} · now{' '}
            {formatInt(f.current)}
          </span>
        )}
      </form>
      {f && f.unavailable && <p className="muted">{f.unavailable}</p>}
      {f && !f.unavailable && (
        <ChartFrame
          title="Follower forecast"
          subtitle={`A line fitted through your newest ${f.observations} exports (at least ${f.minimumObservations} needed), starting today. The shaded area is where the count will most likely be: it widens the more your past exports strayed from the line.`}
          height={320}
          testId="forecast-chart"
          footer={
            <ul className="advice-notes" data-testid="forecast-models">
              {f.models.map((m) => (
                <li key={m.model}>
                  {modelLabel[m.model]}:{' '}
                  {m.model === 'linear'
                    ? `${formatDecimal(m.slope)} followers a day`
                    : `${formatDecimal(m.slope * 100)}% a day`}
                  {f.goal ? ` — ${reachText(f, m)}` : ''}
                </li>
              ))}
              <li data-testid="forecast-zone">Dates are calendar days in {displayTimeZone()}.</li>
              <li data-testid="forecast-assumptions">
                What the forecast assumes:
                <ul>
                  {f.assumptions.map((a) => (
                    <li key={a}>{localizeText(a)}</li>
                  ))}
                </ul>
              </li>
            </ul>
          }
        >
          <ForecastChart forecast={f} />
        </ChartFrame>
      )}
    </div>
  );
}
