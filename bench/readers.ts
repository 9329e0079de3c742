// Micro-benchmark of the account-export JSON reader against the floor of plain JSON.parse.
// Usage: npx tsx bench/readers.ts [followers=1000000] [following=1000000] [watched=200000]
//   BENCH_READERS_OUT=<file> only writes the export; BENCH_READERS_FILE=<file> times that file instead of
//   generating one (so generation garbage does not weigh on round 1); BENCH_ROUNDS (default 3).
// Generates a layout-B export in a temp dir (pretty-printed like real exports), then times:
//   1. readTikTokAccountExport streaming it into a counting sink (and its peak RSS),
//   2. fs.readFileSync + JSON.parse of the same file (the floor the issue compares against).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExportSink } from '../src/main/import/sink';
import { openImportSource } from '../src/main/import/source';
import { readTikTokAccountExport } from '../src/main/import/tiktok';

const [followers = 1_000_000, following = 1_000_000, watched = 200_000] = process.argv
  .slice(2)
  .map((a) => Number(a));

function date(i: number): string {
  const t = Date.UTC(2025, 10, 1) - i * 37_000;
  return new Date(t).toISOString().slice(0, 19).replace('T', ' ');
}

function writeExport(file: string): void {
  const fd = fs.openSync(file, 'w');
  let pending: string[] = [];
  let size = 0;
  const w = (s: string): void => {
    pending.push(s);
    size += s.length;
    if (size > 1 << 20) {
      fs.writeSync(fd, pending.join(''));
      pending = [];
      size = 0;
    }
  };
  const list = (n: number, item: (i: number) => string): void => {
    for (let i = 0; i < n; i++) w(`${i === 0 ? '' : ','}\n        ${item(i)}`);
  };
  w(
    '{\n  "Profile": {\n    "Profile Info": {\n      "ProfileMap": {"userName": "bench.creator", "followerCount": ',
  );
  w(
    `${followers}, "followingCount": ${following}, "likesReceived": "123456", "emailAddress": "x@example.com"}\n    }\n  },\n`,
  );
  w('  "Your Activity": {\n    "Follower": {\n      "App": "TikTok",\n      "FansList": [');
  list(
    followers,
    (i) =>
      `{\n          "Date": "${date(i)}",\n          "UserName": "fan_${i.toString(36)}_user"\n        }`,
  );
  w('\n      ],\n      "IsFastLane": false\n    },\n    "Following": {\n      "Following": [');
  list(
    following,
    (i) => `{\n          "Date": "${date(i)}",\n          "UserName": "creator.${i.toString(36)}"\n        }`,
  );
  w('\n      ]\n    },\n    "Watch History": {\n      "VideoList": [');
  list(
    watched,
    (i) =>
      `{\n          "Date": "${date(i)}",\n          "Link": "https://www.tiktokv.com/share/video/${7_000_000_000_000_000_000 + i * 7919}/"\n        }`,
  );
  w('\n      ]\n    }\n  }\n}\n');
  fs.writeSync(fd, pending.join(''));
  fs.closeSync(fd);
}

class CountingSink implements ExportSink {
  records = 0;
  profile(): void {
    this.records++;
  }
  follower(): void {
    this.records++;
  }
  following(): void {
    this.records++;
  }
  blocked(): void {
    this.records++;
  }
  activity(): void {
    this.records++;
  }
  term(): void {
    this.records++;
  }
  post(): void {
    this.records++;
  }
  messageThread(): void {
    this.records++;
  }
  sectionDone(): void {}
  warn(message: string): void {
    console.warn('warning:', message);
  }
  progress(): void {}
}

async function main(): Promise<void> {
  if (process.env.BENCH_READERS_OUT) {
    writeExport(process.env.BENCH_READERS_OUT); // generate only, for timing in a fresh process
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-bench-readers-'));
  const file = path.join(dir, 'user_data_tiktok.json');
  try {
    let t = performance.now();
    if (process.env.BENCH_READERS_FILE) fs.copyFileSync(process.env.BENCH_READERS_FILE, file);
    else writeExport(file);
    const mb = fs.statSync(file).size / 1e6;
    console.log(
      `generated ${mb.toFixed(1)} MB (${followers} followers, ${following} following, ${watched} watched) in ${((performance.now() - t) / 1000).toFixed(2)} s`,
    );

    // Rounds alternate reader and JSON.parse, and the best of each is compared: on a shared 2-core box a
    // single run mostly measures the neighbours. Peak RSS is taken in round 1, before JSON.parse ever ran.
    const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
    let best = { reader: Infinity, parse: Infinity, read: Infinity };
    let peakRss = process.memoryUsage().rss;
    for (let round = 1; round <= rounds; round++) {
      const sampler =
        round === 1 ? setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20) : null;
      const sink = new CountingSink();
      t = performance.now();
      const source = await openImportSource(file);
      const description = await readTikTokAccountExport(source, sink);
      await source.close();
      const readerMs = performance.now() - t;
      if (sampler) {
        clearInterval(sampler);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
      t = performance.now();
      let text: string | null = fs.readFileSync(file, 'utf8');
      const readMs = performance.now() - t;
      t = performance.now();
      let parsed: unknown = JSON.parse(text);
      const parseMs = performance.now() - t;
      console.log(
        `round ${round}: reader ${(readerMs / 1000).toFixed(2)} s (${sink.records} records, ${Math.round(sink.records / (readerMs / 1000)).toLocaleString('en')}/s, layout ${description.layout}); ` +
          `JSON.parse ${(parseMs / 1000).toFixed(2)} s (+ ${(readMs / 1000).toFixed(2)} s readFileSync, ${typeof parsed})`,
      );
      text = null;
      parsed = null;
      void parsed;
      best = {
        reader: Math.min(best.reader, readerMs),
        parse: Math.min(best.parse, parseMs),
        read: Math.min(best.read, readMs),
      };
    }
    console.log(`reader peak RSS (round 1): ${(peakRss / 1e6).toFixed(0)} MB`);
    console.log(
      `best: reader ${(best.reader / 1000).toFixed(2)} s, JSON.parse ${(best.parse / 1000).toFixed(2)} s, readFileSync ${(best.read / 1000).toFixed(2)} s; ` +
        `ratio reader / JSON.parse ${(best.reader / best.parse).toFixed(2)}x, reader / (read + parse) ${(best.reader / (best.read + best.parse)).toFixed(2)}x`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
