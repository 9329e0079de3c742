// Child process of the benchmark: the one-off script an import is compared with, on the same file: read
// the file, JSON.parse it whole, and build two Sets of usernames (followers, following). Prints
// {seconds, names, maxRssMb} as JSON; its own process, so its peak RSS is its own.
import fs from 'node:fs';

const [exportPath] = process.argv.slice(2) as [string];
const started = performance.now();
const doc = JSON.parse(fs.readFileSync(exportPath, 'utf8')) as Record<
  string,
  Record<string, Record<string, { UserName: string }[]>>
>;
const activity = doc['Your Activity']!;
const followers = new Set(activity['Follower']!['FansList']!.map((r) => r.UserName));
const following = new Set(activity['Following']!['Following']!.map((r) => r.UserName));
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ seconds, names: followers.size + following.size, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
