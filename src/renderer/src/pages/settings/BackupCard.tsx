// Back up the database file to a place the user picks, or replace all data with a backup. A restore
// keeps a copy of the data it replaces; a file that is not a Followscope backup changes nothing.
import { useState } from 'react';
import { useToast } from '../../app/ToastContext';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';

export function BackupCard() {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setProblem(null);
    try {
      const message = await work();
      if (message) {
        setDone(message);
        toast.show(message, 'positive');
      }
    } catch (e) {
      setDone(null);
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const backup = () =>
    run(async () => {
      const target = await window.followscope.pickDatabasePath({ purpose: 'backup' });
      if (target === null) return null;
      const result = await window.followscope.backupDatabase({ path: target });
      return `Backed up to ${result.path}.`;
    });
  const restore = () =>
    run(async () => {
      const source = await window.followscope.pickDatabasePath({ purpose: 'restore' });
      if (source === null) return null;
      const result = await window.followscope.restoreDatabase({ path: source });
      return `Restored ${source}. The data it replaced was kept in ${result.previousCopy}.`;
    });

  return (
    <Card
      title="Backup"
      subtitle="Copy the whole database to a file you choose, or replace all data with such a copy."
    >
      <div className="row">
        <Button icon="download" disabled={busy} onClick={() => void backup()} data-testid="backup-database">
          Back up…
        </Button>
        <Button disabled={busy} onClick={() => void restore()} data-testid="restore-database">
          Restore a backup…
        </Button>
      </div>
      <p className="muted" style={{ fontSize: 'var(--text-sm)' }}>
        Restoring replaces every account and import with the backup’s, after keeping a copy of the current
        data beside the database file.
      </p>
      {done && (
        <p className="mono" data-testid="backup-result">
          {done}
        </p>
      )}
      {problem && (
        <p role="alert" className="banner banner-error" data-testid="backup-problem">
          {problem}
        </p>
      )}
    </Card>
  );
}
