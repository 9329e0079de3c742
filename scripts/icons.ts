// Renders resources/icon.svg into resources/icon-1024.png, the source electron-builder derives every
// platform's icons from (macOS .icns wants 1024 px for its largest Retina size; Windows .ico and the Linux
// PNG set are scaled down from it). Run `npm run icons` after changing the SVG; the PNG is committed.
// Uses the same Chromium the E2E tests drive (never downloads one).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from '../tests/e2e/harness/chromium';

const root = path.resolve(import.meta.dirname, '..');
const SIZE = 1024;

const executablePath = findChromium();
if (!executablePath) {
  console.error(`icons: ${CHROMIUM_MISSING}`);
  process.exit(1);
}
const svg = fs.readFileSync(path.join(root, 'resources/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${SIZE}" height="${SIZE}">` +
      `</body></html>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const out = path.join(root, 'resources/icon-1024.png');
  await page.locator('img').screenshot({ path: out, omitBackground: true });
  console.log(`icons: wrote ${path.relative(root, out)} (${SIZE} × ${SIZE})`);
} finally {
  await browser.close();
}
