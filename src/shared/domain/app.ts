export interface AppInfo {
  name: string;
  version: string;
  databasePath: string;
  schemaVersion: number;
  /** Where the service runs: a worker thread in the app, in-process in the CLI. */
  serviceHost: 'worker' | 'in-process';
}

export type Platform = 'tiktok' | 'instagram' | 'x';

export interface Account {
  id: number;
  platform: Platform;
  username: string;
  displayName: string | null;
  snapshotCount: number;
  /** ISO 8601 UTC time of the newest snapshot, null before the first import. */
  latestSnapshotAt: string | null;
}

/** The one time zone every hour and weekday is shown in. */
export interface TimeZoneSetting {
  /** The zone in use: the chosen one, else the system's. */
  timeZone: string;
  /** What the user picked in Settings; null = follow the system. */
  chosen: string | null;
  /** The zone of the computer the service runs on. */
  system: string;
}
