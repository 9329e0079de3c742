// The real app: Electron main, preload, worker and renderer together. Runs wherever an Electron binary
// exists (npm start downloads one; ELECTRON_OVERRIDE_DIST_PATH points at an installed one).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

function electronBinary(): { path: string } | { skip: string } {
  try {
    const binary = require('electron') as unknown as string;
    if (fs.existsSync(binary)) return { path: binary };
    return { skip: `the Electron binary is not installed at ${binary}` };
  } catch (error) {
    return {
      skip:
        `the Electron binary is not installed (${(error as Error).message.split('\n')[0]}); ` +
        'it needs a download (npm start does it) or ELECTRON_OVERRIDE_DIST_PATH',
    };
  }
}

const binary = electronBinary();

test('the real Electron app starts, shows the shell and reaches the service in its worker', async () => {
  if ('skip' in binary) {
    // Printed so the run's output says why, not only the report's annotations.
    console.log(`electron.spec.ts skipped: ${binary.skip}`);
    test.skip(true, `skipped: ${binary.skip}`);
    return;
  }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/electron-native.mjs')], { stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [ROOT, '--no-sandbox'],
    env: { ...process.env, FOLLOWSCOPE_DB: path.join(dir, 'app.db') } as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Followscope/);
    const info = await page.evaluate(() => window.followscope.appInfo());
    expect(info.serviceHost).toBe('worker');
    expect(info.databasePath).toBe(path.join(dir, 'app.db'));
    // Security: no Node in the page, the bridge exposes only methods.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    // The bridge is methods only: no raw ipcRenderer or generic invoke reaches the page.
    const exposed = await page.evaluate(() =>
      Object.entries(window.followscope).map(([k, v]) => `${k}:${typeof v}`),
    );
    expect(exposed.every((entry) => entry.endsWith(':function'))).toBe(true);
    expect(exposed.some((entry) => /ipc|invoke/i.test(entry))).toBe(false);
    // The main process's start-up milestones (src/main/electron/startup-timing.ts), in ms since its start.
    const milestones = () =>
      app.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('followscope:'))
          .map((m) => `${m.name.slice('followscope:'.length)} ${Math.round(m.startTime)} ms`),
      );
    await expect.poll(async () => (await milestones()).length).toBe(4);
    console.log(`electron.spec.ts start-up (npm start build): ${(await milestones()).join(', ')}`);
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
