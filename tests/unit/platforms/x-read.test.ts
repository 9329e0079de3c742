import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { writeXArchive, xIdFor } from '../../fixtures/x/archive';
import { tempDir } from '../import/helpers';
import { readXPath, sortedNames } from './helpers';

const dir = tempDir('fs-x-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const model = generateHistory({
  seed: 11,
  username: 'x.creator',
  startFollowers: 300,
  followingCount: 120,
  snapshots: 2,
  months: 4,
});

describe('X archives', () => {
  for (const container of ['zip', 'folder'] as const) {
    it(`${container}: follower and following ids, no dates, username from account.js alone`, async () => {
      const written = writeXArchive(
        model,
        1,
        { container },
        path.join(dir, `x-${container}${container === 'zip' ? '.zip' : ''}`),
      );
      const { sink, description } = await readXPath(written.path);
      expect(description).toMatchObject({
        platform: 'x',
        format: 'js',
        username: 'x.creator',
        followsSince: null,
      });
      expect(sortedNames(sink.followers)).toEqual([...written.ids.followers].sort());
      expect(sortedNames(sink.followings)).toEqual([...written.ids.following].sort());
      expect(sink.followers.every((f) => f.at === null)).toBe(true);
      expect(sink.sections.get('followers')).toBe(written.ids.followers.length);
      expect(sink.sections.has('posts')).toBe(false);
      const everything = JSON.stringify(sink);
      expect(everything).not.toContain('example.com');
      expect(everything).not.toContain(xIdFor('x.creator'));
    });
  }

  it('without account.js the username is unknown', async () => {
    const written = writeXArchive(
      model,
      0,
      { container: 'zip', withAccount: false },
      path.join(dir, 'noacc.zip'),
    );
    const { description, sink } = await readXPath(written.path);
    expect(description.username).toBeNull();
    expect(sink.profiles).toEqual([]);
  });

  it('a damaged data file is refused naming the file', async () => {
    const folder = path.join(dir, 'damaged');
    writeXArchive(model, 0, { container: 'folder' }, folder);
    const file = path.join(folder, 'data/follower.js');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 300));
    await expect(readXPath(folder)).rejects.toThrow(/^data\/follower\.js: not a readable X archive file/);
  });
});
