// What one imported file gave: where it came from, the snapshot it became, counts per section, and
// anything that could not be read.
import { exportSectionLabel, platformNames, type ImportReport } from '../../../../shared/domain';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { formatInt, NOT_IN_EXPORT } from '../../format';
import { SnapshotTimeEditor } from './SnapshotTimeEditor';
import { exportFormatName } from './exportFormat';

// The report's counts are per section: each is named as the section is everywhere else.
const countLabels = (
  [
    'followers',
    'following',
    'posts',
    'likesGiven',
    'watched',
    'searches',
  ] as const satisfies readonly (keyof ImportReport['counts'])[]
).map((key) => [key, exportSectionLabel(key)] as const);

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function ImportReportCard({ report }: { report: ImportReport }) {
  return (
    <Card
      data-testid="import-report"
      title={<span className="mono">{baseName(report.path)}</span>}
      subtitle={
        report.duplicate
          ? 'Duplicate: this export was imported before, nothing changed.'
          : `Imported as a snapshot of @${report.account}.`
      }
      actions={
        <div className="row">
          <Badge tone="accent">{platformNames[report.platform]}</Badge>
          <Badge>{report.kind === 'studio' ? 'Studio analytics' : 'Account export'}</Badge>
          <Badge>{report.format.toUpperCase()}</Badge>
          {report.layout && <Badge>{exportFormatName(report.layout)}</Badge>}
          {report.duplicate ? (
            <Badge tone="warning">Duplicate</Badge>
          ) : (
            <Badge tone="positive">Imported</Badge>
          )}
        </div>
      }
    >
      <div className="stack">
        <dl className="facts">
          <dt>Account</dt>
          <dd>@{report.account}</dd>
          <dt>Snapshot date</dt>
          <dd>
            {report.snapshotId !== null ? (
              <SnapshotTimeEditor
                snapshotId={report.snapshotId}
                takenAt={report.takenAt}
                source={report.takenAtSource}
              />
            ) : (
              '—'
            )}
          </dd>
        </dl>
        <div className="grid-kpis" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))' }}>
          {countLabels.map(([key, label]) => (
            <div key={key} className="kpi" style={{ padding: 0 }}>
              <span className="kpi-label">{label}</span>
              <span
                className="num"
                style={{ fontSize: 'var(--text-xl)', fontWeight: 650 }}
                data-testid={`count-${key}`}
              >
                {report.counts[key] === null ? NOT_IN_EXPORT : formatInt(report.counts[key])}
              </span>
            </div>
          ))}
        </div>
        {report.sections.length > 0 && (
          <details>
            <summary className="muted" style={{ cursor: 'pointer' }}>
              Sections read ({report.sections.filter((s) => s.state !== 'absent').length} of{' '}
              {report.sections.length})
            </summary>
            <ul className="list" style={{ marginTop: 'var(--space-2)' }}>
              {report.sections.map((s) => (
                <li key={s.section} style={{ padding: '6px 0' }}>
                  <span style={{ flex: 1 }}>{exportSectionLabel(s.section)}</span>
                  {s.state === 'absent' ? (
                    <Badge>not in this export</Badge>
                  ) : (
                    <span className="num">{formatInt(s.records)}</span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
        {report.warnings.length > 0 && (
          <div>
            <h3>Warnings</h3>
            <ul className="warning-list" data-testid="import-warnings">
              {report.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Card>
  );
}
