// One profile link per platform, from the shared helper every page and the X import read: an X account
// known only by its id (X archives list no usernames) links by id.
import { describe, expect, it } from 'vitest';
import { profileUrl } from '../../src/shared/domain/platform';

describe('profileUrl', () => {
  it('links each platform, an X id by id, and escapes what a URL path cannot hold', () => {
    expect(profileUrl('x', '15989888')).toBe('https://x.com/i/user/15989888');
    expect(profileUrl('x', 'some_name')).toBe('https://x.com/some_name');
    expect(profileUrl('instagram', 'a.b_c')).toBe('https://www.instagram.com/a.b_c/');
    expect(profileUrl('tiktok', 'x y')).toBe('https://www.tiktok.com/@x%20y');
  });
});
