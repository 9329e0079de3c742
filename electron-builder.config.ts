// How `npm run dist` packages Followscope (electron-builder): the installers per platform, what goes
// into the asar, and the Electron fuses flipped in the packaged binary. tests/unit/desktop/packaging.test.ts
// checks the parts that matter for security and size.
import type { Configuration } from 'electron-builder';
import { NATIVE_ADDON } from './src/main/electron/native-binding';

const config: Configuration = {
  appId: 'app.followscope.desktop',
  productName: 'Followscope',
  executableName: 'followscope',
  copyright: 'Copyright © 2026 Followscope',
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  directories: { output: 'dist', buildResources: 'resources' },
  // The built app only: electron-vite's three outputs (not out/e2e, which the E2E tests build) plus
  // package.json. electron-builder adds the production dependencies ("dependencies"), never the dev ones.
  files: [
    'out/{main,preload,renderer}/**',
    'package.json',
    '!out/**/*.map',
    // better-sqlite3 ships SQLite's C sources and its build intermediates: only the compiled addon is needed.
    '!node_modules/better-sqlite3/{deps,src,docs,benchmark}/**',
    '!node_modules/better-sqlite3/build/{deps,Release/obj,Release/obj.target,Release/.deps}/**',
    '!node_modules/better-sqlite3/build/Release/test_extension.node',
    '!node_modules/better-sqlite3/build/{Makefile,*.mk,*.gypi}',
  ],
  // Beside the asar, in process.resourcesPath: the window icon and the demo dataset the first screen offers.
  extraResources: [
    { from: 'resources/demo', to: 'demo' },
    { from: 'resources/icon.png', to: 'icon.png' },
  ],
  asar: true,
  // Electron cannot load a native addon from inside an asar: the main process opens it from app.asar.unpacked.
  asarUnpack: [NATIVE_ADDON],
  // Rebuild better-sqlite3 for Electron's ABI and each target's platform and architecture (@electron/rebuild
  // fetches the published prebuilt addon for that target, else compiles it).
  npmRebuild: true,
  buildDependenciesFromSource: false,
  // Electron's security checklist, "check your fuses": flipped in the binary at pack time.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The page is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'icon-1024.png',
    category: 'Office',
    maintainer: 'Followscope <hello@followscope.app>',
    synopsis: 'Offline growth dashboard for TikTok creators',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0 | libgtk-3-0t64', 'libxss1', 'libasound2 | libasound2t64'] },
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: 'icon-1024.png',
    category: 'public.app-category.productivity',
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'icon-1024.png',
  },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};

export default config;
