// The packaging configuration `npm run dist` hands to electron-builder: the fuses, the installers, the
// asar rule for the native addon, and what goes into the package (electron-builder's own collector
// lists the node_modules it would pack).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import { ELECTRON_RUNTIME } from '../../../electron.vite.config';
import { NATIVE_ADDON } from '../../../src/main/electron/native-binding';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

type TargetList = { target: string; arch?: string[] }[];
const targets = (list: unknown): string[] =>
  (list as TargetList).flatMap((t) => (t.arch ?? ['default']).map((arch) => `${t.target}:${arch}`));

describe('packaging configuration', () => {
  it('flips the fuses that Electron’s security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb for Linux, dmg for both Mac architectures and an NSIS installer for Windows', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage:x64', 'deb:x64']);
    expect(targets(config.mac?.target)).toEqual(['dmg:arm64', 'dmg:x64']);
    expect(targets(config.win?.target)).toEqual(['nsis:x64']);
    expect(config.appId).toBe('app.followscope.desktop');
    expect(config.productName).toBe('Followscope');
    // One icon for every platform: electron-builder derives .icns, .ico and the Linux sizes from a
    // 1024 px PNG (scripts/icons.ts renders it from resources/icon.svg).
    const png = fs.readFileSync(path.join(ROOT, 'resources/icon-1024.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    for (const platform of [config.linux, config.mac, config.win])
      expect(platform?.icon).toBe('icon-1024.png');
    expect(config.directories?.buildResources).toBe('resources');
  });

  it('packs an asar with only better-sqlite3’s addon unpacked, and the demo dataset beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([NATIVE_ADDON]);
    expect(fs.existsSync(path.join(ROOT, NATIVE_ADDON))).toBe(true);
    expect(config.npmRebuild).toBe(true); // the addon is rebuilt for Electron's ABI for each target
    expect(config.extraResources).toContainEqual({ from: 'resources/demo', to: 'demo' });
    expect(fs.existsSync(path.join(ROOT, 'resources/demo/manifest.json'))).toBe(true);
    // The app's own files are the build output: no sources, tests or node_modules globs of our own.
    const included = (config.files as string[]).filter((f) => !f.startsWith('!'));
    expect(included).toEqual(['out/{main,preload,renderer}/**', 'package.json']);
  });

  it('packages the production dependencies and no development dependency', async () => {
    // electron-builder's own collector: the node_modules it copies into the asar.
    const { getCollectorByPackageManager } = require('app-builder-lib/out/node-module-collector/index.js');
    const { PM } = require('app-builder-lib/out/node-module-collector/packageManager.js');
    const { TmpDir } = require('temp-file');
    const tmp = new TmpDir('followscope-packaging-test');
    try {
      const collector = getCollectorByPackageManager(PM.NPM, ROOT, tmp);
      const { nodeModules } = await collector.getNodeModules({ packageName: 'followscope' });
      const packed = new Set<string>();
      const walk = (list?: { name: string; dependencies?: unknown[] }[]) =>
        list?.forEach((m) => {
          packed.add(m.name);
          walk(m.dependencies as typeof list);
        });
      walk(nodeModules);
      for (const name of Object.keys(pkg.dependencies)) expect(packed).toContain(name);
      const devPacked = Object.keys(pkg.devDependencies).filter((name) => packed.has(name));
      expect(devPacked).toEqual([]);
      // The build tools and the renderer's libraries (bundled into out/renderer) stay development-only.
      for (const tool of ['electron', 'electron-builder', 'electron-vite', 'react', 'recharts']) {
        expect(packed.has(tool), tool).toBe(false);
      }
    } finally {
      await tmp.cleanup();
    }
  });

  it('never downloads Electron during npm install', () => {
    expect(pkg.allowScripts.electron).toBe(false);
  });

  it('builds main, preload and renderer for the runtime inside the Electron it ships', () => {
    const electron = require('electron/package.json') as { version: string };
    expect(Number(electron.version.split('.')[0])).toBe(ELECTRON_RUNTIME.major);
    expect(ELECTRON_RUNTIME.major).toBeGreaterThanOrEqual(45);
  });
});
