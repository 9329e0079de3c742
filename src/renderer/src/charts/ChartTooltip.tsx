// A recharts tooltip body with exact numbers and the date in the user's locale and time zone.
import { formatDate, formatInt } from '../format';
import './charts.css';

export interface TooltipEntry {
  name?: string | number;
  value?: number | string | readonly (number | string)[];
  color?: string;
}

export function ChartTooltip({
  active,
  label,
  payload,
  labelFormat = (v) => formatDate(new Date(Number(v))),
  valueFormat = (v) => formatInt(v),
}: {
  active?: boolean;
  label?: string | number;
  payload?: readonly TooltipEntry[];
  labelFormat?: (label: string | number) => string;
  valueFormat?: (value: number, name: string) => string;
}) {
  if (!active || !payload || payload.length === 0 || label === undefined) return null;
  return (
    <div className="chart-tooltip" role="status">
      <div className="chart-tooltip-label">{labelFormat(label)}</div>
      {payload.map((p) => (
        <div key={String(p.name)} className="chart-tooltip-row">
          <span className="chart-tooltip-swatch" style={{ background: p.color }} />
          <span>{p.name}</span>
          <strong>
            {typeof p.value === 'number' ? valueFormat(p.value, String(p.name)) : String(p.value ?? '—')}
          </strong>
        </div>
      ))}
    </div>
  );
}
