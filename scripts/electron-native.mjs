#!/usr/bin/env node
// Prepares what `npm start` needs beyond `npm install`, once:
// 1. the Electron binary: npm install does not download it (package.json allowScripts blocks electron's
//    install script so that installs work offline and in CI); fetched here on first start, unless
//    ELECTRON_OVERRIDE_DIST_PATH points at an installed Electron;
// 2. better-sqlite3 compiled for Electron's ABI, which differs from Node's. It goes to
//    .electron-native/electron-<version>/ and node_modules stays built for Node, so tests and the CLI
//    keep working. Tries the published prebuilt binary first, then compiles from source.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.dirname(require.resolve('electron/package.json'));

function fail(message) {
  console.error(`\nfollowscope: ${message}\n`);
  process.exit(1);
}

function electronVersion() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const file = path.join(override, 'version');
    if (!fs.existsSync(file))
      fail(
        `ELECTRON_OVERRIDE_DIST_PATH=${override} does not look like an Electron dist (no 'version' file).`,
      );
    return fs.readFileSync(file, 'utf8').trim().replace(/^v/, '');
  }
  if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
    console.log('followscope: downloading the Electron binary (first start only)…');
    try {
      execFileSync(process.execPath, [path.join(electronDir, 'install.js')], {
        stdio: 'inherit',
        cwd: electronDir,
      });
    } catch {
      fail(
        'Electron could not be downloaded. Install Electron elsewhere and set ELECTRON_OVERRIDE_DIST_PATH to its folder ' +
          '(the one holding the electron executable and a `version` file), then run `npm start` again.',
      );
    }
  }
  return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}

function buildNativeAddon(version) {
  const target = path.join(root, '.electron-native', `electron-${version}`, 'better_sqlite3.node');
  if (fs.existsSync(target)) return;
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-native-'));
  fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  const env = { ...process.env, npm_config_nodedir: '' };
  console.log(`followscope: building better-sqlite3 for Electron ${version} (first start only)…`);
  const attempts = [
    [require.resolve('prebuild-install/bin.js'), ['--runtime', 'electron', '--target', version]],
    [
      path.join(
        path.dirname(process.execPath),
        '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
      ),
      [
        'rebuild',
        '--release',
        `--target=${version}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
    ],
  ];
  for (const [script, args] of attempts) {
    if (!fs.existsSync(script)) continue;
    try {
      execFileSync(process.execPath, [script, ...args], { cwd: work, stdio: 'inherit', env });
      const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
      if (fs.existsSync(built)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(built, target);
        fs.rmSync(work, { recursive: true, force: true });
        return;
      }
    } catch {
      // try the next way
    }
  }
  fail(`better-sqlite3 could not be built for Electron ${version}. See "Running the app" in README.md.`);
}

buildNativeAddon(electronVersion());
