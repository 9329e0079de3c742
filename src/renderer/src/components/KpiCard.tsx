import type { ReactNode } from 'react';
import { formatSignedInt } from '../format';
import { metricHelp } from '../metrics';
import { HelpTip } from './HelpTip';
import { Icon } from './Icon';

export interface KpiCardProps {
  label: string;
  /** The figure, already formatted (use format.ts: formatInt, formatPercent …). */
  value: ReactNode;
  /** Change since the previous period: a number (formatted as +12 / −3) or a ready string. */
  delta?: number | string | null;
  /** Which direction is good news; colors flip for e.g. unfollows (default 'up'). */
  goodDirection?: 'up' | 'down';
  /** Direction of a string delta (numbers are read by their sign). */
  deltaDirection?: 'up' | 'down' | 'flat';
  /** A short explanation under the figure ("since 12 Oct", "median of 40 posts"). */
  hint?: ReactNode;
  /** What the figure means, in plain words (default: the metric's entry in metrics.ts). */
  help?: string;
  testId?: string;
}

/** One headline number with its change. Delta colors: green when good news, red when bad. */
export function KpiCard({
  label,
  value,
  delta,
  goodDirection = 'up',
  deltaDirection,
  hint,
  help = metricHelp(label),
  testId,
}: KpiCardProps) {
  const dir =
    typeof delta === 'number' ? (delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat') : (deltaDirection ?? 'flat');
  const tone = dir === 'flat' ? 'flat' : dir === goodDirection ? 'up' : 'down';
  // The help tip stays with the label's last word: a narrow card wraps the words, never the "?" alone.
  const lastSpace = label.lastIndexOf(' ');
  return (
    <section className="card kpi" data-testid={testId} aria-label={label}>
      <span className="kpi-label">
        {label.slice(0, lastSpace + 1)}
        <span className="kpi-label-end">
          {label.slice(lastSpace + 1)}
          {help && <HelpTip text={help} about={label} />}
        </span>
      </span>
      <span className="kpi-value">{value}</span>
      {delta != null && (
        <span className={`kpi-delta ${tone}`}>
          {dir !== 'flat' && <Icon name={dir === 'up' ? 'arrowUp' : 'arrowDown'} size={14} />}
          {typeof delta === 'number' ? formatSignedInt(delta) : delta}
        </span>
      )}
      {hint && <span className="kpi-hint">{hint}</span>}
    </section>
  );
}
