export interface ProgressBarProps {
  /** 0..1; omit (or null) for an indeterminate bar while the total is unknown. */
  value?: number | null;
  /** Accessible name ("Import progress"). */
  label: string;
  /** Spoken/tooltip text of the value ("12 MB of 40 MB"). */
  valueText?: string;
}

export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const determinate = typeof value === 'number' && Number.isFinite(value);
  const pct = determinate ? Math.round(Math.min(1, Math.max(0, value)) * 100) : undefined;
  return (
    <div
      className={`progress${determinate ? '' : ' progress-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-valuetext={valueText}
      title={valueText}
    >
      <div className="progress-fill" style={determinate ? { width: `${pct}%` } : undefined} />
    </div>
  );
}
