// better-sqlite3's addon must be compiled for Electron's ABI, which differs from Node's. `npm start`
// builds that copy into .electron-native/ (scripts/electron-native.mjs) and leaves node_modules alone,
// so tests and the CLI keep using the Node build of the same package.
import fs from 'node:fs';
import path from 'node:path';

export function electronNativeBinding(mainDir: string): string | undefined {
  const candidate = path.join(
    mainDir,
    '../../.electron-native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  );
  return fs.existsSync(candidate) ? candidate : undefined;
}
