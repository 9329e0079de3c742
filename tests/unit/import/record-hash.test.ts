// The content hash written as bytes must equal sha256 over the UTF-8 of the record lines as text: the
// digest of every export imported before stays the digest of the same export now.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { numberText } from '../../../src/main/import/writer/number-text';
import { RecordHash } from '../../../src/main/import/writer/record-hash';

const textDigest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('RecordHash', () => {
  it('hashes person, timed and plain lines exactly as their text', () => {
    const names = ['alice', 'Bob.X', 'émile', '日本😀', 'lone\uD800surrogate', 'x'.repeat(300), ''];
    const times = [null, 0, 7, 1_700_000_000_123, -5, 1.5, NaN, 1e15, 2 ** 53, 1_000_000, 999_999];
    const hash = new RecordHash();
    let text = '';
    for (let i = 0; i < 40_000; i++) {
      const name = names[i % names.length]!;
      const at = times[i % times.length]!;
      if (i % 3 === 0) {
        hash.addPerson('F', name, at);
        text += `F\t${name}\t${numberText(at)}\n`;
      } else if (i % 3 === 1 && at !== null) {
        hash.addTimed('a\twatched\t', at);
        text += `a\twatched\t${numberText(at)}\n`;
      } else {
        const line = `t\tsearch\t${name}\t${at}\n`;
        hash.add(line);
        text += line;
      }
    }
    // A line longer than the buffer.
    const long = `v\t1\t2\t${'é'.repeat(70_000)}\tsound\n`;
    hash.add(long);
    text += long;
    expect(hash.digest()).toBe(textDigest(text));
  });

  it('hashes nothing as the empty text', () => {
    expect(new RecordHash().digest()).toBe(textDigest(''));
  });
});
