// Cohort table: rows are the months people followed in, columns the snapshots, cells the share still
// following. Color strength follows the share (one hue, so it reads in both themes and without hue vision).
import type { RetentionTable } from '../../../../shared/domain';
import { useChartPalette } from '../../charts/useChartPalette';
import { formatDate, formatInt, formatMonth, formatPercent } from '../../format';

export function RetentionHeatmap({ table, maxCohorts = 24 }: { table: RetentionTable; maxCohorts?: number }) {
  const palette = useChartPalette();
  const cohorts = table.cohorts.slice(-maxCohorts);
  const base = palette.series[0]!;
  return (
    <div className="heatmap" data-testid="retention-heatmap">
      <table>
        <thead>
          <tr>
            <th scope="col">Followed in</th>
            <th scope="col">Follows seen</th>
            {table.snapshots.map((s) => (
              <th key={s.snapshotId} scope="col">
                {formatDate(s.takenAt)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((c) => (
            <tr key={c.month}>
              <td className="label">{formatMonth(`${c.month}-15T00:00:00Z`)}</td>
              <td className="label">{formatInt(c.size)}</td>
              {c.share.map((share, i) => (
                <td
                  key={table.snapshots[i]!.snapshotId}
                  title={
                    share === null
                      ? 'Snapshot taken before this month'
                      : `${formatInt(c.retained[i])} of ${formatInt(c.size)} still following on ${formatDate(table.snapshots[i]!.takenAt)}`
                  }
                  style={
                    share === null
                      ? undefined
                      : {
                          background: `color-mix(in srgb, ${base} ${Math.round(12 + share * 78)}%, transparent)`,
                          color: share > 0.55 ? '#fff' : palette.text,
                        }
                  }
                >
                  {share === null ? '' : formatPercent(share)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
