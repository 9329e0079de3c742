// The snapshot's date, editable: exports are dated from their content, and the user can correct it.
// The user types a date (and, if they like, a time) in the product's time zone, named beside the
// fields; the service reads it in that zone.
import { useState } from 'react';
import { useCall } from '../../app/useCall';
import { useToast } from '../../app/ToastContext';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../format';

export interface SnapshotTimeEditorProps {
  snapshotId: number;
  takenAt: string;
  /** How the date was found ("newest record", "ZIP entry time"…). */
  source?: string;
}

/** `iso` as the day ("2026-02-28") and time ("18:05") it reads in `timeZone`. */
function wallTimeIn(iso: string, timeZone: string | undefined): { date: string; time: string } {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { date: '', time: '' };
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return { date, time };
}

export function SnapshotTimeEditor({ snapshotId, takenAt, source }: SnapshotTimeEditorProps) {
  const toast = useToast();
  const zone = useCall('timeZoneSetting', {}).data?.timeZone;
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [current, setCurrent] = useState(takenAt);
  const [busy, setBusy] = useState(false);

  const startEditing = () => {
    const wall = wallTimeIn(current, zone);
    setDate(wall.date);
    setTime(wall.time);
    setEditing(true);
  };

  const save = async () => {
    if (!date) return toast.show('Enter a date.', 'negative');
    setBusy(true);
    try {
      // Without a time the snapshot is dated midnight of that day.
      const typed = time ? `${date} ${time}` : date;
      const info = await window.followscope.setSnapshotTime({ snapshotId, takenAt: typed });
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
        <Button size="sm" variant="ghost" onClick={startEditing}>
          Change
        </Button>
      </span>
    );
  }
  return (
    <span className="row">
      <input
        className="input"
        type="date"
        aria-label="Snapshot date"
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <input
        className="input"
        type="time"
        aria-label="Snapshot time (optional)"
        value={time}
        onChange={(e) => setTime(e.target.value)}
      />
      {zone && <span className="muted">{zone}</span>}
      <Button size="sm" variant="primary" disabled={busy} onClick={() => void save()}>
        Save
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
        Cancel
      </Button>
    </span>
  );
}
