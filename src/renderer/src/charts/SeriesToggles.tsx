// Optional lines of a chart as check boxes, each with a plain-words note of what it is, so a chart shows
// one line by default and the reader adds the others knowing what they mean.
import './charts.css';

export interface OptionalSeries<K extends string> {
  key: K;
  label: string;
  /** What the line is, in plain words (shown under its label). */
  explanation: string;
  color: string;
}

export function SeriesToggles<K extends string>({
  series,
  shown,
  onChange,
}: {
  series: readonly OptionalSeries<K>[];
  shown: ReadonlySet<K>;
  onChange(next: Set<K>): void;
}) {
  if (series.length === 0) return null;
  return (
    <fieldset className="series-toggles">
      <legend>Also show</legend>
      {series.map((s) => (
        <label key={s.key} className="series-toggle">
          <input
            type="checkbox"
            checked={shown.has(s.key)}
            onChange={(e) => {
              const next = new Set(shown);
              if (e.target.checked) next.add(s.key);
              else next.delete(s.key);
              onChange(next);
            }}
          />
          <span className="chart-legend-swatch" style={{ background: s.color }} aria-hidden="true" />
          <span>
            <strong>{s.label}</strong>
            <span className="series-toggle-note">{s.explanation}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
