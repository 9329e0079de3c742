// The snapshot's date, editable: exports are dated from their content, and the user can correct it.
import { useState } from 'react';
import { useToast } from '../../app/ToastContext';
import { Button } from '../../components/Button';
import { displayTimeZone, formatDateTime, isoToLocalInput, localInputToIso } from '../../format';

export interface SnapshotTimeEditorProps {
  snapshotId: number;
  takenAt: string;
  /** How the date was found ("newest record", "ZIP entry time"…). */
  source?: string;
}

export function SnapshotTimeEditor({ snapshotId, takenAt, source }: SnapshotTimeEditorProps) {
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(() => isoToLocalInput(takenAt));
  const [current, setCurrent] = useState(takenAt);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const iso = localInputToIso(value);
    if (!iso) return toast.show('Enter a valid date and time.', 'negative');
    setBusy(true);
    try {
      const info = await window.followscope.setSnapshotTime({ snapshotId, takenAt: iso });
      setCurrent(info.takenAt);
      setEditing(false);
      toast.show('Snapshot date saved.', 'positive');
    } catch (e) {
      toast.show(e instanceof Error ? e.message : String(e), 'negative');
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <span className="row">
        <span data-testid="snapshot-date">{formatDateTime(current)}</span>
        {source && <span className="muted">({source})</span>}
        <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
          Change
        </Button>
      </span>
    );
  }
  return (
    <span className="row">
      <input
        className="input"
        type="datetime-local"
        aria-label="Snapshot date"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      {/* The wall-clock time is read in the product's zone, so the zone stands beside it. */}
      <span className="muted">{displayTimeZone()}</span>
      <Button size="sm" variant="primary" disabled={busy} onClick={() => void save()}>
        Save
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
        Cancel
      </Button>
    </span>
  );
}
