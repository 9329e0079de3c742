// The TXT layout: 2020 folder names, newer flat names, nesting, CRLF, empty and damaged files.
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importPath, tempDir, utc, writeFile } from './helpers';

const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
function folder(files: Record<string, string>): string {
  const dir = path.join(root, `export-${n++}`);
  for (const [name, text] of Object.entries(files)) writeFile(dir, name, text);
  return dir;
}

const followerTxt =
  'Date: 2020-08-07 01:29:59\nUsername: some.follower\n\nDate: 2020-08-01 00:00:00\nUsername: other.follower\n';

describe('TXT layout', () => {
  it('reads the 2020 folder names', async () => {
    const dir = folder({
      'Activity/Follower List.txt': followerTxt,
      'Activity/Following List.txt': 'Date: 2020-07-01 00:00:00\nUserName: idol\n',
      'Activity/Like List.txt':
        'Date: 2020-08-15 22:43:33\nVideo Link: https://www.tiktokv.com/share/video/6855090408213531910/\n',
      'Activity/Video Browsing History.txt':
        'Date: 2020-08-15 22:43:33\nVideo Link: a\n\nDate: 2020-08-15 22:44:33\nVideo Link: b\n',
      'Activity/Favorite Videos.txt': 'You have no data in this section\n',
      'Activity/Favorite HashTags.txt': 'HashTag Name: skincare\nHashTag Link: https://h\n',
      'Activity/Hashtag.txt': 'Hashtag Name: grwm\nHashtag Link: https://h\n',
      'Activity/Login History.txt': 'Date: 2020-08-15 22:43:33\nIP: 203.0.113.9\n',
      'Activity/Search History.txt': 'Date: 2020-08-15 22:43:33\nSearch Term: gym routine\n',
      'Profile/Profile Information.txt':
        'Profile Photo: x\nUsername: me.creator\nBirthdate: 1999-01-01\nEmail: me@example.com\nLikes Received: 77\n',
      'Videos/Videos.txt': 'Date: 2020-07-01 12:00:00\nVideo Link: https://expiring/x\nLikes: 12\n',
      'Comments/Comments.txt': 'Date: 2020-08-11 10:00:00\nComment: secret words\nthat span lines\n',
      'App Settings/Block List.txt': 'Date: 2020-06-01 00:00:00\nUsername: troll\n',
    });
    const { sink, description } = await importPath(dir);
    expect(description).toMatchObject({ format: 'txt', layout: 'txt', sourceName: path.basename(dir) });
    expect(sink.followers).toEqual([
      { username: 'some.follower', at: utc('2020-08-07 01:29:59') },
      { username: 'other.follower', at: utc('2020-08-01 00:00:00') },
    ]);
    expect(sink.followings).toEqual([{ username: 'idol', at: utc('2020-07-01 00:00:00') }]);
    expect(sink.blocks).toEqual([{ username: 'troll', at: utc('2020-06-01 00:00:00') }]);
    expect(sink.activityOf('likesGiven')).toEqual([utc('2020-08-15 22:43:33')]);
    expect(sink.activityOf('watched')).toHaveLength(2);
    expect(sink.activityOf('comments')).toEqual([utc('2020-08-11 10:00:00')]);
    expect(sink.terms).toEqual(
      expect.arrayContaining([
        { kind: 'hashtagFavorite', term: 'skincare', at: null },
        { kind: 'hashtagUsed', term: 'grwm', at: null },
        { kind: 'search', term: 'gym routine', at: utc('2020-08-15 22:43:33') },
      ]),
    );
    expect(sink.posts).toEqual([
      { postedAt: utc('2020-07-01 12:00:00'), likes: 12, title: null, sound: null },
    ]);
    expect(sink.profiles).toEqual([
      {
        username: 'me.creator',
        displayName: null,
        followerCount: null,
        followingCount: null,
        likesReceived: 77,
      },
    ]);
    expect(sink.sections.get('favoriteVideos')).toBe(0);
    expect(sink.warnings).toEqual([]);
    const everything = JSON.stringify(sink, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
    for (const secret of ['me@example.com', '1999-01-01', 'secret words', '203.0.113.9', 'expiring'])
      expect(everything).not.toContain(secret);
  });

  it('reads newer flat names nested one folder deeper, with CRLF and " UTC" dates', async () => {
    const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
    const dir = folder({
      'TikTok_Data_2025/Follower.txt': crlf(
        'Date: 2025-10-01 09:31:12 UTC\r\nUsername: fan.one\n\nDate: 2025-10-02 09:31:12 UTC\nUserName: fan.two\n',
      ),
      'TikTok_Data_2025/Following.txt': crlf('Date: 2025-09-01 00:00:00 UTC\nUsername: idol\n'),
      'TikTok_Data_2025/Watch History.txt': crlf('Date: 2025-10-01 00:00:00 UTC\nLink: a\n'),
      'TikTok_Data_2025/Like List.txt': crlf('Date: 2025-10-01 00:00:00 UTC\nLink: a\n'),
      'TikTok_Data_2025/Posts.txt': crlf(
        'Date: 2025-01-26 15:50:46 UTC\nLink: x\nLikes: 58\nTitle: N/A\nSound: Sunset - Some Artist\n',
      ),
      'TikTok_Data_2025/Searches.txt': crlf('Date: 2025-11-26 18:29:59 UTC\nSearch Term: gym routine\n'),
      'TikTok_Data_2025/Share History.txt': crlf(
        'Date: 2025-06-01 12:27:53 UTC\nShared Content: share_video\nLink: x\nMethod: chat_head\n',
      ),
      'TikTok_Data_2025/Favorite HashTags.txt': crlf('Hashtag Name: cats\n'),
      'TikTok_Data_2025/Block List.txt': 'You have no data in this section',
      'TikTok_Data_2025/readme.md': '# not an export file',
    });
    const { sink } = await importPath(dir);
    expect(sink.followers).toEqual([
      { username: 'fan.one', at: utc('2025-10-01 09:31:12') },
      { username: 'fan.two', at: utc('2025-10-02 09:31:12') },
    ]);
    expect(sink.posts).toEqual([
      { postedAt: utc('2025-01-26 15:50:46'), likes: 58, title: null, sound: 'Sunset - Some Artist' },
    ]);
    expect(sink.activityOf('shares')).toEqual([utc('2025-06-01 12:27:53')]);
    expect(sink.sections.get('blocked')).toBe(0);
    expect(sink.warnings).toEqual([]);
  });

  it('imports what is readable from a damaged file and warns with the file name and line count', async () => {
    const dir = folder({
      'Follower.txt':
        '\u0000\u0013junk line\n%%%%\nDate: 2025-01-01 00:00:00\nUsername: survivor\n\n@@@@@@\nDate: 2025-01-02 00:00:00\n\n',
      'Following.txt': 'Date: 2025-09-01 00:00:00\nUsername: idol\n',
    });
    const { sink } = await importPath(dir);
    expect(sink.followers).toEqual([{ username: 'survivor', at: utc('2025-01-01 00:00:00') }]);
    // 3 junk lines + the Date line of a block without a username
    expect(sink.warnings).toEqual(['Follower.txt: 4 lines could not be read']);
    expect(sink.sections.get('followers')).toBe(1);
    expect(sink.sections.get('following')).toBe(1);
  });

  it('a follower file of nothing but junk yields 0 followers and a warning, the rest still imports', async () => {
    const junk = Array.from({ length: 12 }, (_, i) => `¤¤¤ ${i} ###`).join('\n');
    const dir = folder({
      'Follower.txt': junk,
      'Following.txt': 'Date: 2025-09-01 00:00:00\nUsername: idol\n',
    });
    const { sink } = await importPath(dir);
    expect(sink.followers).toEqual([]);
    expect(sink.followings).toHaveLength(1);
    expect(sink.warnings).toEqual(['Follower.txt: 12 lines could not be read']);
  });

  it('counts message threads per counterpart without keeping text', async () => {
    const dir = folder({
      'Follower.txt': followerTxt,
      'Direct Messages/Chat History.txt':
        '>>> Chat History with pal.one::\nDate: 2020-08-01 10:00:00\nFrom: pal.one\nContent: secret hello\n\nDate: 2020-08-02 10:00:00\nFrom: me\nContent: secret reply\n\n>>> Chat History with pal.two::\nDate: 2020-07-01 10:00:00\nFrom: pal.two\nContent: hi\n',
    });
    const { sink } = await importPath(dir);
    expect(sink.threads).toEqual([
      { username: 'pal.one', count: 2, lastAt: utc('2020-08-02 10:00:00') },
      { username: 'pal.two', count: 1, lastAt: utc('2020-07-01 10:00:00') },
    ]);
    expect(JSON.stringify(sink.threads)).not.toContain('secret');
  });

  it('reads a bare TXT file', async () => {
    const file = writeFile(root, 'bare/Following.txt', 'Date: 2025-09-01 00:00:00\nUsername: idol\n');
    const { sink, description } = await importPath(file);
    expect(description).toMatchObject({ format: 'txt', sourceName: 'Following.txt' });
    expect(sink.followings).toEqual([{ username: 'idol', at: utc('2025-09-01 00:00:00') }]);
  });
});
