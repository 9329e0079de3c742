// Child process of the benchmark: the one-off script an Instagram import is compared with, on the same
// folder: read every followers/following list file, JSON.parse it whole, and build two Sets of usernames.
// Prints {seconds, names, maxRssMb} as JSON; its own process, so its peak RSS is its own.
import fs from 'node:fs';
import path from 'node:path';

const [exportDir] = process.argv.slice(2) as [string];

interface IgRecord {
  title?: string;
  string_list_data?: { value?: string }[];
}

const files = fs
  .readdirSync(exportDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /^(followers_\d+|following)\.json$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name));

const started = performance.now();
const followers = new Set<string>();
const following = new Set<string>();
for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as IgRecord[] | Record<string, IgRecord[]>;
  const records = Array.isArray(doc) ? doc : (Object.values(doc)[0] ?? []);
  const names = path.basename(file).startsWith('followers') ? followers : following;
  for (const r of records) names.add(r.string_list_data?.[0]?.value ?? r.title ?? '');
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ seconds, names: followers.size + following.size, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
