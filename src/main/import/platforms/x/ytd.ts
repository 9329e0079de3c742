// X archive data files are JavaScript: `window.YTD.<name>.part<N> = [ ... ]`. The prefix is cut off and the
// array read as JSON, one element at a time: a follower.js of a million accounts is over 100 MB, and held
// whole (its text, then every element parsed at once) it took an import to 597 MB.
import { JsonScanner } from '../../json/scanner';
import { SKIP, type Route } from '../../json/routes';
import { abortReason } from '../../source/guard-stream';

const PREFIX = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*/;
/** Bytes of a file's start in which the prefix must be (it is about 40). */
const PREFIX_BYTES = 256;

/** The data name of an archive file from its first bytes ("follower", "following", "account"), or null. */
export function ytdNameOf(head: string): string | null {
  const m = PREFIX.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

const isTrailing = (b: number) => b === 0x3b || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Streams the array a data file assigns to `onItem`, element by element. Returns the number of elements
 * too large or too broken to read, or null when the file does not start with the `window.YTD` prefix or
 * assigns something other than an array. Throws JsonScanError for bytes that are not the JSON expected.
 */
export async function streamYtd(
  chunks: AsyncIterable<Buffer>,
  onItem: (item: unknown) => void,
  options: { signal?: AbortSignal; onBytes?: (n: number) => void } = {},
): Promise<number | null> {
  let unreadable = 0;
  let array = true;
  const scanner = new JsonScanner((first): Route => {
    if (first !== 0x5b) {
      array = false;
      return SKIP;
    }
    return {
      kind: 'descend',
      element: () => ({ kind: 'collect', value: onItem, unreadable: () => unreadable++ }),
    };
  });
  let head: Buffer | null = Buffer.alloc(0);
  // Whitespace and `;` at the end of what has arrived: fed once more bytes follow them, dropped at the end.
  let held: Buffer = Buffer.alloc(0);
  const feed = (bytes: Buffer) => {
    let end = bytes.length;
    while (end > 0 && isTrailing(bytes[end - 1]!)) end--;
    if (end === 0) {
      held = Buffer.concat([held, bytes]);
      return;
    }
    scanner.feed(held.length > 0 ? Buffer.concat([held, bytes.subarray(0, end)]) : bytes.subarray(0, end));
    held = bytes.subarray(end);
  };
  for await (const chunk of chunks) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    options.onBytes?.(chunk.length);
    if (head === null) {
      feed(chunk);
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < PREFIX_BYTES) continue;
    const rest = afterPrefix(head);
    if (rest === null) return null;
    head = null;
    feed(rest);
  }
  if (options.signal?.aborted) throw abortReason(options.signal);
  if (head !== null) {
    const rest = afterPrefix(head);
    if (rest === null) return null;
    feed(rest);
  }
  scanner.end();
  return array ? unreadable : null;
}

/** The bytes after the `window.YTD…=` prefix (and a byte-order mark), or null without the prefix. */
function afterPrefix(head: Buffer): Buffer | null {
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  // The prefix is ASCII: as latin1, characters and bytes line up.
  const m = PREFIX.exec(head.toString('latin1', bom, Math.min(head.length, bom + PREFIX_BYTES)));
  return m ? head.subarray(bom + m[0].length) : null;
}
