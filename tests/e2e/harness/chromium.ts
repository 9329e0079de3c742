// Finds a Chromium to drive: never downloads one. Order: PLAYWRIGHT_CHROMIUM_EXECUTABLE, the system's
// Chromium or Chrome, then Playwright's own browser if one happens to be installed.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(): string | null {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of SYSTEM_CANDIDATES) if (fs.existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed: fine.
  }
  return null;
}

export const CHROMIUM_MISSING =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or point ' +
  'PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary.';

/** Flags for running as root in a container without a network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
