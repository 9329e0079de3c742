// The main process's log file: rotated by size, and nothing personal in it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError, redact } from '../../../src/main/log/redact';
import { createRotatingLog } from '../../../src/main/log/rotating-log';
import { tempDir } from '../../helpers/temp';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('rotating log', () => {
  it('appends UTC lines and rotates by size, keeping a fixed number of old files', () => {
    const log = createRotatingLog({
      dir,
      maxBytes: 200,
      keep: 2,
      now: () => new Date(Date.UTC(2026, 10, 28, 9)),
    });
    for (let i = 0; i < 12; i++) log.write('error', 'main', `failure number ${i}`);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of files) expect(fs.statSync(path.join(dir, file)).size).toBeLessThanOrEqual(200);
    const current = fs.readFileSync(log.file, 'utf8').trim().split('\n');
    expect(current.at(-1)).toBe('2026-11-28T09:00:00.000Z ERROR [main] failure number 11');
    // The oldest lines went with the dropped file; the newest survive in order.
    const all = ['main.2.log', 'main.1.log', 'main.log'].flatMap((f) =>
      fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n'),
    );
    const numbers = all.map((line) => Number(line.split(' ').at(-1)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.at(-1)).toBe(11);
    expect(numbers[0]).toBeGreaterThan(0);
  });

  it('keeps where in the app an error happened but no user name, file name, e-mail or handle', () => {
    const home = os.homedir();
    const error = new Error(
      `${path.join(home, 'Downloads', 'Overview_2026_mira.makes.zip')}: not a ZIP archive (sent by jane.doe@example.com to @mira.makes)`,
    );
    error.stack = [
      `Error: ${error.message}`,
      '    at readZip (/home/jane/Apps/Followscope/resources/app.asar/out/main/chunks/worker-1.js:10:5)',
      '    at C:\\Users\\Jane\\AppData\\Local\\Programs\\Followscope\\resources\\app.asar\\out\\main\\index.js:3:1',
      '    at async Promise.all (index 0)',
      '    at node:internal/fs/promises:120:3',
    ].join('\n');
    const log = createRotatingLog({ dir });
    log.write('error', 'service', describeError(error));
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text).not.toContain(home);
    expect(text).not.toMatch(/jane|mira\.makes|example\.com|Downloads|Users/i);
    expect(text).toContain('<path>: not a ZIP archive (sent by <email> to @<handle>)');
    expect(text).toContain('at readZip (…/out/main/chunks/worker-1.js:10:5)');
    expect(text).toContain('at …/out/main/index.js:3:1');
    expect(text).toContain('at node:internal/fs/promises:120:3');
  });

  it('redacts plain text without touching what is not personal', () => {
    expect(redact('database is locked (SQLITE_BUSY)')).toBe('database is locked (SQLITE_BUSY)');
    expect(redact('open ~/Documents/followscope.db failed')).toBe('open <path> failed');
    // A folder named like the app's own does not keep an export's name in the log.
    expect(redact('/home/jane/src/TikTok_Data_mira.makes.zip: bad')).toBe('<path>: bad');
    expect(describeError('a string')).toBe('non-error thrown: a string');
  });

  it('never throws when the folder cannot be written', () => {
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, '');
    const log = createRotatingLog({ dir: file });
    expect(() => log.write('error', 'main', 'x')).not.toThrow();
  });
});
