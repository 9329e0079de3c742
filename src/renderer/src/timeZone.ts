// The Settings zone as Intl understands it. Settings may hold a fixed UTC offset ("+05:30", "UTC-3"),
// which Intl.DateTimeFormat does not take as such in every engine: whole hours become the IANA
// "Etc/GMT" zone of that offset (whose sign is inverted by POSIX convention), other offsets the
// "+HH:MM" form Chromium understands.
const OFFSET = /^(?:UTC|GMT|Z)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

export function intlTimeZone(zone: string): string {
  const trimmed = zone.trim();
  if (/^(utc|gmt|z)$/i.test(trimmed)) return 'UTC';
  const m = OFFSET.exec(trimmed);
  if (!m) return trimmed;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours === 0 && minutes === 0) return 'UTC';
  if (minutes === 0) return `Etc/GMT${m[1] === '-' ? '+' : '-'}${hours}`;
  return `${m[1]}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
