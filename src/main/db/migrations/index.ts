// Numbered migrations, applied in order, each in its own transaction; the version lives in
// PRAGMA user_version. Add a file, add it here, add a test in tests/integration/migrations.test.ts.
import { sql as m001 } from './001-initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [{ version: 1, name: 'initial', sql: m001 }];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
