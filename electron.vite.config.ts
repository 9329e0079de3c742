import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { sharedHead } from './scripts/shared-head';

/**
 * The runtime inside the Electron we ship: Electron 45 runs Chromium 156 and Node 24. electron-vite 6 knows
 * targets up to Electron 44 only, so they are set here; tests/unit/desktop/electron-runtime.test.ts fails
 * when the installed Electron's major moves, so a bump comes back to this table.
 */
export const ELECTRON_RUNTIME = { major: 45, chrome: 'chrome156', node: 'node24.18' } as const;

export default defineConfig({
  main: {
    build: {
      target: ELECTRON_RUNTIME.node,
      // Bundled, like the command line: the service's worker loaded its code in about 210 ms with zod,
      // yauzl and csv-parse read from node_modules one module file at a time, 90 ms bundled (the main
      // thread loads zod too). Only the native addon stays outside.
      externalizeDeps: { exclude: ['zod', 'csv-parse', 'yauzl'] },
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      target: ELECTRON_RUNTIME.node, // electron-vite requires a node target for preloads
      // A sandboxed preload can require nothing but 'electron': bundle zod and our shared code into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // index.html and recovery.html take their <head> (security policy, title) from one file.
    plugins: [react(), sharedHead(resolve(__dirname, 'src/renderer/head.html'))],
    build: {
      target: ELECTRON_RUNTIME.chrome,
      // electron-vite leaves every build unminified by default; the renderer is what the user waits for.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // Shown by the main process when the page's process is gone (see src/main/electron/recovery.ts).
          recovery: resolve(__dirname, 'src/renderer/recovery.html'),
        },
        output: {
          // The heavy libraries in chunks of their own: the pages that need them load them on demand,
          // and a change to the app's code does not change the library chunks.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/,
                priority: 3,
              },
              { name: 'react-virtual', test: /node_modules[\\/]@tanstack[\\/](react-)?virtual/, priority: 2 },
              // The query cache is on the first screen: kept out of the catch-all chunk below.
              { name: 'react-query', test: /node_modules[\\/]@tanstack[\\/](react-)?query/, priority: 2 },
              { name: 'recharts', test: /node_modules[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
