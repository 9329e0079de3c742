// Child process of the benchmark: the one-off script an X import is compared with, on the same folder:
// read data/follower.js and data/following.js, cut the `window.YTD…=` line's prefix off, JSON.parse each
// whole, and build two Sets of account ids. Prints {seconds, names, maxRssMb} as JSON; its own process,
// so its peak RSS is its own.
import fs from 'node:fs';
import path from 'node:path';

const [exportDir] = process.argv.slice(2) as [string];

const started = performance.now();
const ids = (name: 'follower' | 'following'): Set<string> => {
  const text = fs.readFileSync(path.join(exportDir, 'data', `${name}.js`), 'utf8');
  const items = JSON.parse(text.slice(text.indexOf('=') + 1)) as Record<string, { accountId: string }>[];
  return new Set(items.map((item) => item[name]!.accountId));
};
const followers = ids('follower');
const following = ids('following');
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ seconds, names: followers.size + following.size, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
