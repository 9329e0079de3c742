#!/usr/bin/env node
// `npm run dist [-- electron-builder options]`: builds the app (electron-vite) and packages it with
// electron-builder (electron-builder.config.ts) into the installers of this platform, or those asked for:
//   npm run dist                  this OS's targets (Linux: AppImage + deb, macOS: dmg arm64 + x64, Windows: nsis)
//   npm run dist -- --dir         an unpacked app only (dist/<os>-unpacked), as the smoke test uses
// electron-builder, @electron/rebuild and @electron/fuses declare Node >= 22.12 while the rest of the
// toolchain runs on Node 20.19+: under an older Node this step alone runs on Node 22 fetched from the npm
// registry (`npx -p node@22`). Packaging needs the network anyway (Electron's zip, its headers or
// better-sqlite3's prebuilt addon for each target).
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const isWindows = process.platform === 'win32';
const args = process.argv.slice(2);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: isWindows });
  if (result.status !== 0)
    throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}`);
}

function nodeIsAtLeast(major, minor) {
  const [a, b] = process.versions.node.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/** electron-builder rebuilds better-sqlite3 for Electron inside node_modules; tests and the CLI need Node's. */
function nodeAddonLoads() {
  const probe = "new (require('better-sqlite3'))(':memory:').close()";
  return spawnSync(process.execPath, ['-e', probe], { cwd: root }).status === 0;
}

const cli = require.resolve('electron-builder/cli.js');
const config = ['--config', 'electron-builder.config.ts', ...args];
try {
  run('npm', ['run', 'build']);
  if (nodeIsAtLeast(22, 12)) run(process.execPath, [cli, ...config]);
  else {
    console.log(
      `dist: Node ${process.versions.node} is older than electron-builder needs; running it on node@22`,
    );
    run('npx', ['--yes', '-p', 'node@22', '--', 'node', cli, ...config]);
  }
} catch (error) {
  console.error(`dist: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (!nodeAddonLoads()) {
    console.log(
      'dist: rebuilding better-sqlite3 for Node (electron-builder left the Electron build in node_modules)',
    );
    execFileSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit', shell: isWindows });
  }
}
