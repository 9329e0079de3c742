// The one time zone every hour and weekday in the app (Engagement, Tips, Guide, exports) is shown in.
// "System" follows the computer's zone; the choice is stored in the database, so the CLI reads it too.
import { useState } from 'react';
import { useTimeZone } from '../../app/TimeZoneContext';
import { useToast } from '../../app/ToastContext';
import { useCall } from '../../app/useCall';
import { Card } from '../../components/Card';
import { ErrorBanner } from '../../components/ErrorBanner';

const SYSTEM = '';

function zoneList(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

export function TimeZoneCard() {
  const toast = useToast();
  const { changed } = useTimeZone();
  const { data, error, refetch } = useCall('timeZoneSetting', {});
  const [zones] = useState(zoneList);
  const choose = async (value: string) => {
    try {
      const next = await window.followscope.setTimeZone({ timeZone: value === SYSTEM ? null : value });
      toast.show(`Times are now shown in ${next.timeZone}`);
      // Remounts the pages so every date is shown in the new zone (this card included, read afresh).
      changed(next.timeZone);
    } catch (err) {
      toast.show((err as Error).message, 'negative');
    }
  };
  return (
    <Card
      title="Time zone"
      subtitle="Every hour and weekday in Followscope — best times to post, tips, the guide and exports — is in this zone."
    >
      <ErrorBanner title="Could not read the time zone" error={error} onRetry={refetch} />
      {data && (
        <label className="row">
          <span className="muted">Time zone</span>
          <select
            className="select"
            value={data.chosen ?? SYSTEM}
            onChange={(e) => void choose(e.target.value)}
            data-testid="settings-timezone"
            aria-label="Time zone"
          >
            <option value={SYSTEM}>System ({data.system})</option>
            {[...new Set(['UTC', ...zones, ...(data.chosen ? [data.chosen] : [])])].map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          <span className="muted" data-testid="settings-timezone-current">
            In use: {data.timeZone}
          </span>
        </label>
      )}
    </Card>
  );
}
