// Instagram's HTML export: each account is an anchor to its profile, the follow time in the next <div>:
//   <a target="_blank" href="https://www.instagram.com/<user>"><user></a></div><div>Jan 23, 2025 8:59 am</div>
import type { AccountRecord } from '../../sink';
import { parseInstagramHtmlDate } from './local-time';
import { usernameOfHref } from './record';

const ANCHOR = /<a\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>([^<]*)<\/a>/gi;
const NEXT_DIV = /^\s*(?:<\/[a-z]+>\s*)*<div[^>]*>([^<]{0,80})<\/div>/i;

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** True when the text is an Instagram HTML list page (anchors to instagram.com profiles). */
export function looksLikeInstagramHtml(head: string): boolean {
  return (
    /<html|<!doctype html/i.test(head) && /href\s*=\s*["']https?:\/\/(?:www\.)?instagram\.com\//i.test(head)
  );
}

/** The accounts listed in one HTML page, with times read in `zone`. */
export function readInstagramHtml(
  html: string,
  zone: string,
): { records: AccountRecord[]; unreadable: number } {
  const records: AccountRecord[] = [];
  let unreadable = 0;
  for (const m of html.matchAll(ANCHOR)) {
    const href = decodeEntities(m[1]!);
    const fromHref = usernameOfHref(href);
    if (fromHref === null) continue;
    const shown = decodeEntities(m[2]!).trim();
    const username = /^[A-Za-z0-9._]{1,30}$/.test(shown) ? shown : fromHref;
    if (!username) {
      unreadable++;
      continue;
    }
    const after = html.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const date = NEXT_DIV.exec(after);
    records.push({ username, at: date ? parseInstagramHtmlDate(date[1]!, zone) : null });
  }
  return { records, unreadable };
}
