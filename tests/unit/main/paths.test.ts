import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, resolveDatabasePath } from '../../../src/main/paths';

describe('database path', () => {
  it("is Electron's userData/followscope.db on each platform", () => {
    const home = os.homedir();
    expect(defaultDatabasePath('linux', {})).toBe(
      path.join(home, '.config', 'Followscope', 'followscope.db'),
    );
    expect(defaultDatabasePath('linux', { XDG_CONFIG_HOME: '/x/cfg' })).toBe(
      path.join('/x/cfg', 'Followscope', 'followscope.db'),
    );
    expect(defaultDatabasePath('darwin', {})).toBe(
      path.join(home, 'Library', 'Application Support', 'Followscope', 'followscope.db'),
    );
    expect(defaultDatabasePath('win32', { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' })).toBe(
      path.join('C:\\Users\\me\\AppData\\Roaming', 'Followscope', 'followscope.db'),
    );
  });

  it('prefers --db, then FOLLOWSCOPE_DB', () => {
    expect(resolveDatabasePath('rel/x.db', { FOLLOWSCOPE_DB: '/env.db' })).toBe(path.resolve('rel/x.db'));
    expect(resolveDatabasePath(undefined, { FOLLOWSCOPE_DB: '/env.db' })).toBe('/env.db');
    expect(resolveDatabasePath(undefined, {})).toBe(defaultDatabasePath(process.platform, {}));
  });
});
