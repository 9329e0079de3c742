import type { ImportProgressEvent, SaveStepName } from '../../../../shared/bridge';
import { useImportFlow } from '../../app/ImportContext';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { formatBytes, formatInt } from '../../format';

const phaseLabel = {
  reading: 'Reading',
  saving: 'Saving',
  analysing: 'Analysing',
  done: 'Finishing',
} as const;

const saveStepLabel: Record<SaveStepName, string> = {
  sorting: 'sorting accounts',
  accounts: 'storing accounts',
  followers: 'storing followers',
  following: 'storing following',
  activity: 'storing activity',
  audience: 'comparing with earlier snapshots',
  commit: 'committing',
};

/** How far the bar is: bytes while reading, steps while saving, unknown otherwise. */
function barValue(progress: ImportProgressEvent | null): number | null {
  if (!progress) return null;
  if (progress.phase === 'reading')
    return progress.bytesTotal > 0 ? progress.bytesRead / progress.bytesTotal : null;
  if (progress.phase === 'saving' && progress.saveStep)
    return (progress.saveStep.index - 1) / progress.saveStep.count;
  return null;
}

/** The running import: file i of n, phase, bytes and records, and Cancel. Renders nothing when idle. */
export function ImportProgress() {
  const { status, progress, position, cancel } = useImportFlow();
  if (status !== 'running') return null;
  // Files of the whole run: our own loop (one call per chosen path) times what the backend reports inside one path.
  const fileLine =
    position && position.count > 1
      ? `File ${position.index} of ${position.count}`
      : progress && progress.fileCount > 1
        ? `File ${progress.fileIndex} of ${progress.fileCount}`
        : null;
  const name = progress?.fileName ?? position?.path.split(/[\\/]/).pop() ?? '';
  return (
    <div className="card" data-testid="import-progress" style={{ padding: 'var(--space-4) var(--space-5)' }}>
      <div className="row" style={{ justifyContent: 'space-between', marginBottom: 'var(--space-3)' }}>
        <div>
          <strong>{progress ? phaseLabel[progress.phase] : 'Starting'}</strong>{' '}
          <span className="mono">{name}</span>
          {progress?.phase === 'saving' && progress.saveStep && (
            <span className="muted" data-testid="import-save-step">
              {' '}
              · {saveStepLabel[progress.saveStep.name]} ({progress.saveStep.index} of{' '}
              {progress.saveStep.count})
            </span>
          )}
          {fileLine && <span className="muted"> · {fileLine}</span>}
        </div>
        <Button size="sm" variant="danger" icon="close" onClick={cancel} data-testid="import-cancel">
          Cancel
        </Button>
      </div>
      <ProgressBar
        label="Import progress"
        value={barValue(progress)}
        valueText={
          progress ? `${formatBytes(progress.bytesRead)} of ${formatBytes(progress.bytesTotal)}` : undefined
        }
      />
      <div
        className="row muted num"
        style={{ marginTop: 'var(--space-2)', fontSize: 'var(--text-sm)', justifyContent: 'space-between' }}
      >
        <span data-testid="import-bytes">
          {progress
            ? `${formatBytes(progress.bytesRead)} of ${formatBytes(progress.bytesTotal)}`
            : 'Opening…'}
        </span>
        <span data-testid="import-records">{progress ? `${formatInt(progress.records)} records` : ''}</span>
      </div>
    </div>
  );
}
