// The packaged app, as a user installs it: `npm run dist -- --dir` builds it (asar, rebuilt native addon,
// fuses flipped), then it is started twice on a fresh user-data folder: the first time to load the demo,
// the second to time a start with data (process start → window shown → Overview painted).
// The fuses switch off Node's inspector, so Playwright cannot drive the main process as `_electron` does;
// it attaches to the page over Chromium's DevTools port on the loopback address instead, and the main
// process's own milestones come from its log file.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The installed Electron's folder (node_modules/electron/dist): packaging reuses it instead of downloading. */
function electronDist(): { dir: string } | { skip: string } {
  try {
    const binary = require('electron') as unknown as string;
    if (fs.existsSync(binary)) return { dir: path.dirname(binary) };
    return { skip: `no Electron binary to package (${binary} is missing)` };
  } catch (error) {
    return {
      skip:
        `no Electron binary to package (${(error as Error).message.split('\n')[0]}); ` +
        'packaging needs Electron and its headers from the network',
    };
  }
}

function packagedExecutable(): string {
  const dist = path.join(ROOT, 'dist');
  if (process.platform === 'darwin') {
    const dir = fs.readdirSync(dist).find((d) => d.startsWith('mac'))!;
    return path.join(dist, dir, 'Followscope.app/Contents/MacOS/Followscope');
  }
  if (process.platform === 'win32') return path.join(dist, 'win-unpacked/Followscope.exe');
  return path.join(dist, 'linux-unpacked/followscope');
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  browser: Browser;
  page: Page;
  spawnedAt: number;
}

async function start(executable: string, home: string): Promise<Started> {
  const port = await freePort();
  const spawnedAt = Date.now();
  const child = spawn(
    executable,
    [`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', '--no-sandbox'],
    {
      // The user-data folder follows these (src/main/paths.ts): a fresh one, so nothing of a real user is read.
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        APPDATA: home,
        FOLLOWSCOPE_DB: '',
      },
      stdio: 'ignore',
    },
  );
  let browser: Browser | null = null;
  for (let i = 0; i < 150 && !browser; i++) {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => null);
    if (!browser) await new Promise((r) => setTimeout(r, 200));
  }
  if (!browser) throw new Error('the packaged app opened no DevTools port within 30 s');
  const context = browser.contexts()[0]!;
  const page =
    context.pages().find((p) => p.url().startsWith('app://')) ?? (await context.waitForEvent('page'));
  return { child, browser, page, spawnedAt };
}

async function stop(started: Started): Promise<void> {
  await started.browser.close().catch(() => undefined);
  started.child.kill();
  await new Promise((r) => started.child.once('exit', r));
}

const dist = electronDist();

test('the packaged app starts, loads the demo and shows the Overview; start-up is timed', async () => {
  if ('skip' in dist) {
    console.log(`package.spec.ts skipped: ${dist.skip}`);
    test.skip(true, `skipped: ${dist.skip}`);
    return;
  }
  test.setTimeout(900_000);
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'scripts/dist.mjs'), '--dir', `-c.electronDist=${dist.dir}`],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const executable = packagedExecutable();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-packaged-'));
  try {
    // First start: an empty database; the welcome screen's demo button imports the bundled dataset.
    let app = await start(executable, home);
    await app.page.getByTestId('welcome-demo').click();
    await expect(app.page.getByTestId('kpi-followers')).toBeVisible({ timeout: 120_000 });
    const followers = await app.page.getByTestId('kpi-followers').locator('.kpi-value').innerText();
    expect(followers).toMatch(/^\d{1,3}(,\d{3})+$/);
    await stop(app);

    // Second start, with data: the timing a user feels every day.
    app = await start(executable, home);
    await expect(app.page.getByTestId('kpi-followers').locator('.kpi-value')).toHaveText(followers);
    const paintedAt = Date.now();
    const info = await app.page.evaluate(() => window.followscope.appInfo());
    expect(info.serviceHost).toBe('worker');
    await stop(app);

    const logFile = fs
      .readdirSync(path.join(home, '.config'), { recursive: true, encoding: 'utf8' })
      .find((f) => f.endsWith(path.join('logs', 'main.log')));
    const log = logFile ? fs.readFileSync(path.join(home, '.config', logFile), 'utf8') : '';
    const startup =
      log
        .trim()
        .split('\n')
        .filter((l) => l.includes('[startup]'))
        .at(-1) ?? '(no start-up line in the log)';
    console.log(`package.spec.ts start-up, main process (${startup.split('] ')[1]})`);
    console.log(
      `package.spec.ts start-up, from spawn: Overview with the demo painted after ${paintedAt - app.spawnedAt} ms`,
    );
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
});
