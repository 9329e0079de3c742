// Numbered migrations, applied in order, each in its own transaction; the version lives in
// PRAGMA user_version. Add a file, add it here, add a test in tests/integration/migrations.test.ts.
import { sql as m001 } from './001-initial';
import { sql as m002 } from './002-studio';
import { sql as m003 } from './003-audience';
import { sql as m004 } from './004-advice';
import { sql as m005 } from './005-import-facts';
import { sql as m006 } from './006-coverage';
import { sql as m009 } from './009-app-settings';
import { sql as m010 } from './010-platforms';
import { sql as m011 } from './011-import-speed';
import { sql as m012 } from './012-tag-stats';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Rebuilds a table others reference: run with foreign keys off, checked before commit. */
  rebuildsTables?: boolean;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m001 },
  { version: 2, name: 'studio', sql: m002 },
  { version: 3, name: 'audience', sql: m003 },
  { version: 4, name: 'advice', sql: m004 },
  { version: 5, name: 'import-facts', sql: m005 },
  { version: 6, name: 'coverage', sql: m006 },
  { version: 9, name: 'app-settings', sql: m009 },
  { version: 10, name: 'platforms', sql: m010, rebuildsTables: true },
  { version: 11, name: 'import-speed', sql: m011 },
  { version: 12, name: 'tag-stats', sql: m012 },
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
