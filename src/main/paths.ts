// Where Followscope keeps its database, computed the way Electron computes app.getPath('userData') for an
// app named "Followscope", so the CLI (plain Node) and the app open the same file.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Followscope';
export const DB_FILE_NAME = 'followscope.db';

/** Electron's appData directory for this platform. */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = os.homedir();
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return path.join(appDataDir(platform, env), APP_DIR_NAME);
}

/** The app's own database file. */
export function defaultDatabasePath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return path.join(userDataDir(platform, env), DB_FILE_NAME);
}

/** The database the CLI uses: --db, else $FOLLOWSCOPE_DB, else the app's own. */
export function resolveDatabasePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.FOLLOWSCOPE_DB) return path.resolve(env.FOLLOWSCOPE_DB);
  return defaultDatabasePath(process.platform, env);
}
