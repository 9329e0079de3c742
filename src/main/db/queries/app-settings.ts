// App-wide settings (migration 009). Only the stored text: what a value means is decided above.
import type { Db } from '../open';

export type AppSettingKey = 'timeZone';

export function readAppSetting(db: Db, key: AppSettingKey): string | null {
  const row = db.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(key) as
    string | undefined;
  return row ?? null;
}

/** Stores a value, or with null removes it (back to the default). */
export function writeAppSetting(db: Db, key: AppSettingKey, value: string | null): void {
  if (value === null) {
    db.prepare('DELETE FROM app_settings WHERE key = ?').run(key);
    return;
  }
  db.prepare(
    'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
