// Past imports of the current account, newest first, each deletable (after a confirmation).
import { useState } from 'react';
import { useAccount } from '../../app/AccountContext';
import { useCall } from '../../app/useCall';
import { usePlatform } from '../../app/usePlatform';
import { ACTION_VISIBLE_MS, useToast } from '../../app/ToastContext';
import type { SnapshotInfo } from '../../../../shared/domain';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime, formatInt, formatRelative } from '../../format';
import { exportFormatName } from './exportFormat';

export function SnapshotList() {
  const { account, accountId } = useAccount();
  const { data, error, refetch } = useCall('listSnapshots', accountId !== null ? { accountId } : null);
  if (accountId === null) return null;
  const snapshots = [...(data ?? [])].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return (
    <Card
      title="Past imports"
      subtitle={account ? `Snapshots of @${account.username}, newest first.` : undefined}
      data-testid="snapshot-list"
    >
      <ErrorBanner title="Could not load the snapshots" error={error} onRetry={refetch} />
      {data && snapshots.length === 0 && <p className="muted">No snapshots yet.</p>}
      <ul className="list">
        {snapshots.map((s) => (
          <SnapshotRow key={s.id} snapshot={s} />
        ))}
      </ul>
    </Card>
  );
}

function SnapshotRow({ snapshot: s }: { snapshot: SnapshotInfo }) {
  const toast = useToast();
  const hasPosts = usePlatform().has('posts');
  const [confirming, setConfirming] = useState(false);

  // The delete waits while the toast offers Undo; the row is hidden meanwhile. Undo cancels the call, so
  // nothing was deleted and nothing needs restoring.
  const [pending, setPending] = useState(false);
  const remove = () => {
    setPending(true);
    setConfirming(false);
    let undone = false;
    const timer = window.setTimeout(() => {
      if (undone) return;
      window.followscope.deleteSnapshot({ snapshotId: s.id }).catch((e: unknown) => {
        setPending(false);
        toast.show(e instanceof Error ? e.message : String(e), 'negative');
      });
    }, ACTION_VISIBLE_MS);
    toast.show(`Deleted the snapshot of ${formatDateTime(s.takenAt)}.`, 'positive', {
      label: 'Undo',
      run: () => {
        undone = true;
        window.clearTimeout(timer);
        setPending(false);
      },
    });
  };
  if (pending) return null;

  return (
    <li data-testid="snapshot-row">
      <div style={{ flex: 1, minWidth: 0 }}>
        <div className="row">
          <strong>{formatDateTime(s.takenAt)}</strong>
          <Badge>{s.format.toUpperCase()}</Badge>
          {s.layout && <Badge>{exportFormatName(s.layout)}</Badge>}
          {s.warnings.length > 0 && (
            <Badge tone="warning">
              {s.warnings.length} {s.warnings.length === 1 ? 'warning' : 'warnings'}
            </Badge>
          )}
        </div>
        <div className="muted" style={{ fontSize: 'var(--text-sm)' }}>
          <span className="mono">{s.sourceName}</span> · imported {formatRelative(s.importedAt)}
        </div>
      </div>
      <div className="num muted" style={{ textAlign: 'right', fontSize: 'var(--text-sm)' }}>
        {formatInt(s.followers)} followers · {formatInt(s.following)} following
        {/* Instagram and X exports carry no posts: no count rather than a 0. */}
        {hasPosts && ` · ${formatInt(s.posts)} posts`}
      </div>
      {confirming ? (
        <div className="row">
          <Button size="sm" variant="danger" onClick={remove} data-testid="snapshot-delete-confirm">
            Delete snapshot
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Don’t delete
          </Button>
        </div>
      ) : (
        <Button
          size="sm"
          variant="ghost"
          icon="trash"
          iconOnly
          aria-label={`Delete the snapshot of ${formatDateTime(s.takenAt)}`}
          onClick={() => setConfirming(true)}
          data-testid="snapshot-delete"
        />
      )}
    </li>
  );
}
