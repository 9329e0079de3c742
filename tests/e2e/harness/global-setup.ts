// Before the E2E run: the renderer must be built (npm test builds it first), and the page bridge is
// bundled for the browser from the shared client code.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { CHROMIUM_MISSING, findChromium } from './chromium';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const PAGE_BRIDGE = path.join(ROOT, 'out/e2e/page-bridge.js');

export default async function globalSetup(): Promise<void> {
  if (!findChromium() && process.env.CI)
    throw new Error(`E2E tests need a browser under CI. ${CHROMIUM_MISSING}`);
  if (!fs.existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (`npm test` does).');
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.dirname(PAGE_BRIDGE),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: path.join(ROOT, 'tests/e2e/harness/page-bridge.ts'),
        formats: ['iife'],
        name: 'FollowscopePageBridge',
        fileName: () => 'page-bridge.js',
      },
    },
  });
}
