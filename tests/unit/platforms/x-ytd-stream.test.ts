// X data files read a chunk at a time: the prefix, the array and a trailing `;` wherever the chunk
// boundaries fall, and never the whole file at once.
import { describe, expect, it } from 'vitest';
import { JsonScanError } from '../../../src/main/import/json/scanner';
import { streamYtd } from '../../../src/main/import/platforms/x/ytd';

/** `text` as chunks of `size` bytes. */
async function* chunked(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function items(text: string | Buffer, size: number) {
  const got: unknown[] = [];
  const broken = await streamYtd(chunked(text, size), (item) => got.push(item));
  return { got, broken };
}

const FILE =
  'window.YTD.follower.part0 = [\n  {"follower": {"accountId": "101", "userLink": "https://twitter.com/intent/user?user_id=101"}},\n' +
  '  {"follower": {"accountId": "202"}}\n] ; \n';

describe('streamYtd', () => {
  it('gives every element, whatever the chunk size, with the trailing ; and spaces cut off', async () => {
    for (const size of [1, 2, 7, 40, 64, 1 << 16]) {
      const { got, broken } = await items(FILE, size);
      expect(broken, `chunks of ${size}`).toBe(0);
      expect(got, `chunks of ${size}`).toEqual([
        { follower: { accountId: '101', userLink: 'https://twitter.com/intent/user?user_id=101' } },
        { follower: { accountId: '202' } },
      ]);
    }
  });

  it('reads a file with a byte-order mark and no trailing ;', async () => {
    const text = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('window.YTD.following.part3 = []'),
    ]);
    expect(await items(text, 5)).toEqual({ got: [], broken: 0 });
  });

  it('says null for a file without the prefix or assigning no array', async () => {
    expect((await items('[{"follower": {}}]', 4)).broken).toBeNull();
    expect((await items('window.YTD.follower.part0 = {"follower": {}}', 4)).broken).toBeNull();
  });

  it('throws JsonScanError for a file cut short or with bytes after the array', async () => {
    await expect(items('window.YTD.follower.part0 = [{"follower": ', 3)).rejects.toBeInstanceOf(
      JsonScanError,
    );
    await expect(items('window.YTD.follower.part0 = [] x', 3)).rejects.toBeInstanceOf(JsonScanError);
  });
});
