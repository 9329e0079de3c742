// Layouts A, B and C of the account-export JSON, and the tolerance rules real exports need.
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { ImportInputError } from '../../../src/main/import/sink';
import { importPath, tempDir, utc, writeFile } from './helpers';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const json = (doc: unknown, name = 'user_data_tiktok.json'): string =>
  writeFile(dir, `${n++}/${name}`, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));

const fans = [
  { Date: '2025-10-01 09:31:12', UserName: 'fan.one' },
  { Date: '2024-01-02 03:04:05', UserName: 'fan.two' },
];
const follows = [{ Date: '2025-09-30 10:00:00', UserName: 'idol' }];

const layoutA = {
  Activity: {
    'Follower List': { FansList: fans },
    'Following List': { Following: follows },
    'Like List': {
      ItemFavoriteList: [
        { Date: '2020-08-15 22:43:33', VideoLink: 'https://x/1' },
        { Date: '2020-08-15 01:00:00', Link: 'https://x/2' },
      ],
    },
    'Favorite Videos': { FavoriteVideoList: [{ Date: '2020-08-01 00:00:00', Link: 'https://x/3' }] },
    'Favorite Hashtags': { FavoriteHashtagList: [{ HashtagName: 'skincare', HashtagLink: 'https://h/1' }] },
    Hashtag: { HashtagList: [{ HashtagName: '#grwm', HashtagLink: 'https://h/2' }] },
    'Video Browsing History': { VideoList: [{ Date: '2020-08-07 01:29:59', VideoLink: 'https://x/4' }] },
    'Search History': { SearchList: [{ Date: '2020-08-09 10:00:00', SearchTerm: 'gym routine' }] },
    'Share History': {
      ShareHistoryList: [{ Date: '2020-08-10 10:00:00', SharedContent: 'video', Link: 'l', Method: 'chat' }],
    },
    'Login History': {
      LoginHistoryList: [{ Date: '2020-08-10 10:00:00', IP: '203.0.113.9', DeviceModel: 'x' }],
    },
  },
  Comment: { Comments: { CommentsList: [{ Date: '2020-08-11 10:00:00', Comment: 'secret words' }] } },
  Video: {
    Videos: { VideoList: [{ Date: '2020-07-01 12:00:00', VideoLink: 'https://expiring/abc', Likes: '58' }] },
  },
  'App Settings': { 'Block List': { BlockList: [{ Date: '2020-06-01 00:00:00', UserName: 'troll' }] } },
  Profile: {
    'Profile Information': {
      ProfileMap: {
        userName: 'me.creator',
        emailAddress: 'me@example.com',
        birthDate: '1999-01-01',
        telephoneNumber: '+100',
        likesReceived: '1,234',
      },
    },
  },
};

describe('JSON layout A', () => {
  it('reads every section', async () => {
    const { sink, description } = await importPath(json(layoutA, 'user_data.json'));
    expect(description).toMatchObject({ format: 'json', layout: 'A', sourceName: 'user_data.json' });
    expect(sink.followers).toEqual([
      { username: 'fan.one', at: utc('2025-10-01 09:31:12') },
      { username: 'fan.two', at: utc('2024-01-02 03:04:05') },
    ]);
    expect(sink.followings).toEqual([{ username: 'idol', at: utc('2025-09-30 10:00:00') }]);
    expect(sink.blocks).toEqual([{ username: 'troll', at: utc('2020-06-01 00:00:00') }]);
    expect(sink.activityOf('likesGiven')).toEqual([utc('2020-08-15 22:43:33'), utc('2020-08-15 01:00:00')]);
    expect(sink.activityOf('favoriteVideos')).toEqual([utc('2020-08-01 00:00:00')]);
    expect(sink.activityOf('watched')).toEqual([utc('2020-08-07 01:29:59')]);
    expect(sink.activityOf('shares')).toEqual([utc('2020-08-10 10:00:00')]);
    expect(sink.activityOf('comments')).toEqual([utc('2020-08-11 10:00:00')]);
    expect(sink.activityOf('searches')).toEqual([utc('2020-08-09 10:00:00')]);
    expect(sink.terms).toEqual([
      { kind: 'hashtagFavorite', term: 'skincare', at: null },
      { kind: 'hashtagUsed', term: 'grwm', at: null },
      { kind: 'search', term: 'gym routine', at: utc('2020-08-09 10:00:00') },
    ]);
    expect(sink.posts).toEqual([
      { postedAt: utc('2020-07-01 12:00:00'), likes: 58, title: null, sound: null },
    ]);
    expect(sink.profiles).toEqual([
      {
        username: 'me.creator',
        displayName: null,
        followerCount: null,
        followingCount: null,
        likesReceived: 1234,
      },
    ]);
    expect(Object.fromEntries(sink.sections)).toEqual({
      followers: 2,
      following: 1,
      likesGiven: 2,
      favoriteVideos: 1,
      favoriteHashtags: 1,
      hashtagsUsed: 1,
      watched: 1,
      searches: 1,
      shares: 1,
      comments: 1,
      posts: 1,
      blocked: 1,
      profile: 1,
    });
    expect(sink.warnings).toEqual([]);
    // Nothing personal and no comment text reaches the sink.
    const everything = JSON.stringify(sink, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
    for (const secret of [
      'me@example.com',
      '1999-01-01',
      '+100',
      'secret words',
      '203.0.113.9',
      'expiring',
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});

const layoutB = {
  'Your Activity': {
    Follower: { App: 'TikTok', FansList: fans, IsFastLane: false },
    Following: { Following: follows },
    'Like List': {
      ItemFavoriteList: [{ date: '2025-11-18 21:41:23', link: 'https://www.tiktokv.com/share/video/1/' }],
    },
    'Watch History': {
      VideoList: [
        { Date: '2025-11-01 00:00:01', Link: 'l' },
        { Date: '2025-11-01 00:00:02', Link: 'l' },
      ],
    },
    Searches: { SearchList: [{ Date: '2025-11-26 18:29:59', SearchTerm: 'gym routine' }] },
    'Share History': { ShareHistoryList: null },
    'Favorite Hashtags': { FavoriteHashtagList: null },
    Hashtag: null,
  },
  Comment: {
    Comments: { CommentsList: [{ date: '2025-10-20 18:56:08', comment: 'so good', photo: 'N/A', url: '' }] },
  },
  Post: {
    Posts: {
      VideoList: [
        {
          Date: '2025-01-26 15:50:46',
          Link: 'https://cdn/x?sig=1\nhttps://cdn/y?sig=2',
          Likes: '58',
          WhoCanView: 'Everyone',
          Sound: 'Sunset - Some Artist',
          Location: '',
          Title: 'N/A',
          AlternateText: 'N/A',
        },
        { Date: '2025-02-01 10:00:00', Likes: 'N/A', Sound: 'None', Title: 'My day' },
      ],
    },
  },
  Profile: {
    'Profile Info': {
      ProfileMap: {
        userName: 'me.creator',
        displayName: 'Me',
        followerCount: 1520,
        followingCount: 310,
        likesReceived: '40213',
        bioDescription: 'bio',
        emailAddress: 'e@x',
      },
    },
  },
  'Direct Messages': {
    'Chat History': {
      ChatHistory: {
        'Chat History with some.user:': [
          { Date: '2025-03-01 10:00:00', From: 'some.user', Content: 'private text one' },
          { Date: '2025-03-02 10:00:00', From: 'me.creator', Content: 'private text two' },
        ],
        'Chat History with other.user:': [
          { Date: '2025-01-01 00:00:00', From: 'other.user', Content: 'hello there' },
        ],
        'Chat History with nobody:': null,
      },
    },
  },
  'Tiktok Shop': { 'Order History': { OrderHistories: { '1': { Payment: 'card 4242' } } } },
};

describe('JSON layout B', () => {
  it('reads every section, ignores App/IsFastLane, counts message threads without text', async () => {
    const { sink, description } = await importPath(json(layoutB));
    expect(description.layout).toBe('B');
    expect(sink.followers.map((f) => f.username)).toEqual(['fan.one', 'fan.two']);
    expect(sink.activityOf('likesGiven')).toEqual([utc('2025-11-18 21:41:23')]);
    expect(sink.activityOf('watched')).toHaveLength(2);
    expect(sink.activityOf('comments')).toEqual([utc('2025-10-20 18:56:08')]);
    expect(sink.posts).toEqual([
      { postedAt: utc('2025-01-26 15:50:46'), likes: 58, title: null, sound: 'Sunset - Some Artist' },
      { postedAt: utc('2025-02-01 10:00:00'), likes: null, title: 'My day', sound: null },
    ]);
    expect(sink.profiles).toEqual([
      {
        username: 'me.creator',
        displayName: 'Me',
        followerCount: 1520,
        followingCount: 310,
        likesReceived: 40213,
      },
    ]);
    expect(sink.threads).toEqual([
      { username: 'some.user', count: 2, lastAt: utc('2025-03-02 10:00:00') },
      { username: 'other.user', count: 1, lastAt: utc('2025-01-01 00:00:00') },
    ]);
    expect(sink.sections.get('messages')).toBe(2);
    // null sections are found, with 0 records
    expect(sink.sections.get('shares')).toBe(0);
    expect(sink.sections.get('favoriteHashtags')).toBe(0);
    expect(sink.sections.get('hashtagsUsed')).toBe(0);
    expect(sink.warnings).toEqual([]);
    const everything = JSON.stringify(sink, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
    for (const secret of ['private text', 'hello there', 'so good', 'e@x', 'bio', '4242', 'cdn/'])
      expect(everything).not.toContain(secret);
  });
});

describe('JSON layout C and partial 2026 exports', () => {
  it('reads Profile And Settings / Likes and Favorites', async () => {
    const { sink, description } = await importPath(
      json({
        'Profile And Settings': {
          Follower: { FansList: fans },
          Following: { Following: null },
          'Profile Info': { ProfileMap: { userName: 'c.user', followerCount: '2' } },
        },
        'Likes and Favorites': {
          'Like List': { ItemFavoriteList: [{ date: '2026-01-01 00:00:00', link: 'l' }] },
          'Favorite Videos': { FavoriteVideoList: [{ Date: '2026-01-02 00:00:00', Link: 'l' }] },
          'Favorite Hashtags': { FavoriteHashtagList: [{ HashtagName: 'cats' }] },
        },
        'Your Activity': { 'Watch History': { VideoList: [{ Date: '2026-01-03 00:00:00', Link: 'l' }] } },
      }),
    );
    expect(description.layout).toBe('C');
    expect(sink.followers).toHaveLength(2);
    expect(sink.sections.get('following')).toBe(0);
    expect(sink.profiles[0]).toMatchObject({ username: 'c.user', followerCount: 2 });
    expect(sink.activityOf('likesGiven')).toEqual([utc('2026-01-01 00:00:00')]);
    expect(sink.activityOf('favoriteVideos')).toEqual([utc('2026-01-02 00:00:00')]);
    expect(sink.activityOf('watched')).toEqual([utc('2026-01-03 00:00:00')]);
    expect(sink.terms).toEqual([{ kind: 'hashtagFavorite', term: 'cats', at: null }]);
  });

  it('imports an export holding only "Likes and Favorites" (no profile)', async () => {
    const { sink, description } = await importPath(
      json({
        'Likes and Favorites': {
          'Like List': { ItemFavoriteList: [{ date: '2026-02-01 10:00:00', link: 'l' }] },
        },
      }),
    );
    expect(description.layout).toBe('C');
    expect(sink.profiles).toEqual([]);
    expect([...sink.sections]).toEqual([['likesGiven', 1]]);
  });
});

describe('tolerance', () => {
  it('accepts upper/lower/mixed-case keys and N/A-like values', async () => {
    const { sink } = await importPath(
      json({
        'YOUR ACTIVITY': {
          FOLLOWER: {
            fanslist: [
              { DATE: '2025-01-01 00:00:00 UTC', USERNAME: 'loud' },
              { date: 'N/A', userName: 'quiet' },
            ],
          },
          following: { FOLLOWING: [{ Date: 'None', Username: 'x' }] },
          'search history': {
            searchlist: [
              { date: 'undefined', searchterm: 'N/A' },
              { Date: '2025-01-01 00:00:00', SearchTerm: 'ok' },
            ],
          },
        },
      }),
    );
    expect(sink.followers).toEqual([
      { username: 'loud', at: utc('2025-01-01 00:00:00') },
      { username: 'quiet', at: null },
    ]);
    expect(sink.followings).toEqual([{ username: 'x', at: null }]);
    expect(sink.terms).toEqual([{ kind: 'search', term: 'ok', at: utc('2025-01-01 00:00:00') }]);
    expect(sink.warnings).toEqual([
      expect.stringMatching(/"search history"."searchlist": 1 record could not be read/),
    ]);
  });

  it('skips a section that is not a list with a warning and imports the rest', async () => {
    const { sink } = await importPath(
      json({
        'Your Activity': {
          'Watch History': 'oops',
          'Like List': { ItemFavoriteList: 42 },
          Searches: 'N/A',
          Follower: {
            FansList: [
              { Date: '2025-01-01 00:00:00', UserName: 'kept' },
              'junk',
              { Date: '2025-01-01 00:00:00' },
            ],
          },
        },
      }),
    );
    expect(sink.followers.map((f) => f.username)).toEqual(['kept']);
    expect(sink.warnings).toEqual([
      '"Your Activity"."Watch History": not a list; skipped',
      '"Your Activity"."Like List"."ItemFavoriteList": not a list; skipped',
      '"Your Activity"."Follower"."FansList": 2 records could not be read',
    ]);
    expect(sink.sections.has('watched')).toBe(false);
    expect(sink.sections.get('searches')).toBe(0);
    expect(sink.sections.get('followers')).toBe(1);
  });

  it('reports progress in steps of at least 1 MB and the total at the end', async () => {
    const many = Array.from({ length: 40_000 }, (_, i) => ({
      Date: '2025-01-01 00:00:00',
      UserName: `user_${i}`,
    }));
    const file = json({ 'Your Activity': { Follower: { FansList: many } } });
    const size = fs.statSync(file).size;
    const { sink, description } = await importPath(file);
    expect(sink.followers).toHaveLength(40_000);
    expect(description.bytesTotal).toBe(size);
    expect(sink.progressCalls.at(-1)).toBe(size);
    for (let i = 1; i < sink.progressCalls.length - 1; i++) {
      expect(sink.progressCalls[i]! - sink.progressCalls[i - 1]!).toBeGreaterThanOrEqual(1 << 20);
    }
  });
});

describe('bad JSON input', () => {
  const fail = async (file: string): Promise<ImportInputError> => {
    const err = await importPath(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportInputError);
    return err as ImportInputError;
  };
  it('truncated JSON names the file and the byte offset', async () => {
    const text = JSON.stringify(layoutB, null, 2);
    const cut = text.indexOf('fan.two');
    const err = await fail(json(text.slice(0, cut)));
    expect(err.message).toBe(
      `user_data_tiktok.json: truncated JSON: the file ends at byte ${cut} inside "Your Activity"."Follower"."FansList"`,
    );
  });
  it('JSON holding no known section is not an export', async () => {
    const err = await fail(json({ Activity: { Nothing: [] }, 'Ads and data': { x: 1 } }));
    expect(err.message).toBe(
      'user_data_tiktok.json: not a TikTok account export (no known section in the JSON)',
    );
  });
  it('broken JSON in the middle names the offset', async () => {
    const text = JSON.stringify(layoutB);
    const at = text.indexOf('"Following"');
    const err = await fail(json(text.slice(0, at) + '"Following" 1, ' + text.slice(at)));
    expect(err.message).toMatch(/^user_data_tiktok\.json: not valid JSON at byte \d+ inside "Your Activity"/);
  });
});
