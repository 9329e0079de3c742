// Cohort table: rows are the months people followed in, columns the snapshots, cells the share still
// following. Color strength follows the share (one hue, so it reads in both themes and without hue vision).
import type { RetentionTable } from '../../../../shared/domain';
import { mix, readableOn } from '../../charts/contrast';
import { useChartPalette } from '../../charts/useChartPalette';
import { formatDate, formatInt, formatMonth, formatPercent } from '../../format';

export function RetentionHeatmap({ table, maxCohorts = 24 }: { table: RetentionTable; maxCohorts?: number }) {
  const palette = useChartPalette();
  const cohorts = table.cohorts.slice(-maxCohorts);
  const base = palette.series[0]!;
  // The cell's color as painted on the card, and whichever text color reads best on it.
  const cellStyle = (share: number) => {
    const background = mix(base, palette.surface, (12 + share * 78) / 100);
    return { background, color: readableOn(background, [palette.text, '#ffffff', '#000000']) };
  };
  return (
    // Focusable so keyboard users can scroll a table wider than the card.
    <div
      className="heatmap"
      data-testid="retention-heatmap"
      tabIndex={0}
      role="region"
      aria-label="Follower retention by month followed"
    >
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
                  style={share === null ? undefined : cellStyle(share)}
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
