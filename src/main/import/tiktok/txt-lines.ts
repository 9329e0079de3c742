// Splits a byte stream into lines (LF or CRLF) without holding more than one chunk plus a partial line.
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { abortReason } from '../source/guard-stream';
import type { ProgressCounter } from './progress';

/** A "line" longer than this is junk (or not a text file): it is dropped and reported as one bad line. */
export const MAX_LINE_CHARS = 1 << 20;

export async function forEachLine(
  stream: Readable,
  onLine: (line: string) => void,
  onOverlong: () => void,
  progress: ProgressCounter,
  signal?: AbortSignal,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let first = true;
  let dropping = false;
  const take = (text: string): void => {
    let s = rest + text;
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    let start = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', start)) {
      const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (dropping) dropping = false;
      else onLine(s.slice(start, end));
      start = nl + 1;
    }
    rest = s.slice(start);
    if (rest.length > MAX_LINE_CHARS) {
      if (!dropping) onOverlong();
      dropping = true;
      rest = '';
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (signal?.aborted) throw abortReason(signal);
    take(decoder.write(chunk));
    progress.add(chunk.length);
  }
  if (signal?.aborted) throw abortReason(signal);
  take(decoder.end());
  if (rest.length > 0 && !dropping) onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
}
