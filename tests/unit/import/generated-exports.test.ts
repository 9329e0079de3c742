// Every layout and container the fixture generator writes, read back and compared with the generator's
// own truth (followers, following, posts, activity counts), never with hand-written expectations.
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateHistory } from '../../fixtures/history';
import { activityStreams } from '../../fixtures/tiktok/activity';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import type { AccountContainer, AccountLayout, AccountExportOptions } from '../../fixtures/tiktok/export';
import { importPath, tempDir } from './helpers';

const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const model = generateHistory({
  seed: 7,
  username: 'gen.creator',
  startFollowers: 300,
  followingCount: 120,
  snapshots: 2,
  months: 3,
});
const snapIndex = 1;
const snap = model.snapshots[snapIndex]!;
const count = <T>(it: () => Iterable<T>): number => [...it()].length;
const streams = activityStreams(model, snapIndex);

const cases: Array<[AccountLayout, AccountContainer, Partial<AccountExportOptions>]> = [
  ['A', 'json', {}],
  ['B', 'zip', {}],
  ['C', 'json', {}],
  ['B', 'folder', { nestFolder: 'TikTok_Data' }],
  ['txt', 'zip', { crlf: true, nestFolder: 'export' }],
  ['txt2020', 'folder', {}],
  ['txt', 'folder', { damagedFollowers: 'some' }],
];

describe('generated exports', () => {
  it.each(cases)('layout %s as %s %o', async (layout, container, extra) => {
    const out = path.join(
      root,
      `${layout}-${container}-${Object.keys(extra).join('-')}${container === 'folder' ? '' : `.${container}`}`,
    );
    writeAccountExport(model, snapIndex, { layout, container, ...extra }, out);
    const { sink, description } = await importPath(out);
    expect(description.layout).toBe(layout === 'txt2020' ? 'txt' : layout);
    const sorted = (xs: Array<{ username: string; at: number | null }>) =>
      xs.map((x) => `${x.username}@${x.at}`).sort();
    expect(sorted(sink.followers)).toEqual(
      sorted(snap.followers.map((r) => ({ username: r.username, at: r.followedAtMs }))),
    );
    expect(sorted(sink.followings)).toEqual(
      sorted(snap.following.map((r) => ({ username: r.username, at: r.followedAtMs }))),
    );
    if (layout !== 'C') {
      expect(sink.posts.map((p) => p.postedAt).sort()).toEqual(snap.posts.map((p) => p.postedAtMs).sort());
      expect(sink.posts.map((p) => p.likes).sort()).toEqual(snap.posts.map((p) => p.likes).sort());
      expect(sink.activityOf('watched')).toHaveLength(count(streams.watchHistory));
      expect(sink.activityOf('searches')).toHaveLength(count(streams.searches));
    }
    expect(sink.activityOf('likesGiven')).toHaveLength(count(streams.likesGiven));
    if (layout !== 'C') {
      // One thread per counterpart, with the number of messages and the newest date.
      const truth = new Map<string, { count: number; lastAt: number }>();
      for (const chat of streams.chats()) {
        const t = truth.get(chat.other) ?? { count: 0, lastAt: -Infinity };
        t.count += chat.messages.length;
        t.lastAt = Math.max(t.lastAt, ...chat.messages.map((m) => m.atMs));
        truth.set(chat.other, t);
      }
      const byName = (a: { username: string }, b: { username: string }) =>
        a.username.localeCompare(b.username);
      expect([...sink.threads].sort(byName)).toEqual(
        [...truth].map(([username, t]) => ({ username, count: t.count, lastAt: t.lastAt })).sort(byName),
      );
    }
    const everything = JSON.stringify(sink, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
    expect(everything).not.toContain('PRIVATE-DM');
    expect(everything).not.toMatch(/203\.0\.113\./);
    if (extra.damagedFollowers)
      expect(sink.warnings.some((w) => /Follower.*lines could not be read/.test(w))).toBe(true);
    else expect(sink.warnings).toEqual([]);
  });
});
