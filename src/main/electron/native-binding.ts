// better-sqlite3's addon must be compiled for Electron's ABI, which differs from Node's. `npm start`
// builds that copy into .electron-native/ (scripts/electron-native.mjs) and leaves node_modules alone,
// so tests and the CLI keep using the Node build of the same package. A packaged app carries its own,
// built for its target by electron-builder and kept outside the asar (app.asar.unpacked).
import fs from 'node:fs';
import path from 'node:path';

/** The addon inside the app folder; electron-builder.config.ts unpacks exactly this file from the asar. */
export const NATIVE_ADDON = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

export function electronNativeBinding(mainDir: string, packaged: boolean): string | undefined {
  if (packaged) {
    const unpacked = path.join(process.resourcesPath, 'app.asar.unpacked', NATIVE_ADDON);
    return fs.existsSync(unpacked) ? unpacked : undefined;
  }
  const candidate = path.join(
    mainDir,
    '../../.electron-native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  );
  return fs.existsSync(candidate) ? candidate : undefined;
}
