// A tiny, tolerant XML scanner for the few parts of an XLSX file the Studio reader needs. It yields
// start/end tags and text; it ignores comments, processing instructions and DOCTYPEs (and never expands
// entities beyond the five predefined ones and character references), and drops namespace prefixes.

export type XmlToken =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Attributes `name="value"` / `name='value'` of a tag body, in one pass (a regular expression here
 * backtracks quadratically on a huge unterminated or unquoted value). Anything malformed ends the scan.
 */
function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const n = source.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && !isSpace(source.charCodeAt(i)) && source[i] !== '=' && source[i] !== '/') i++;
    const name = source.slice(nameStart, i);
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    if (name === '' || source[i] !== '=') {
      if (i === nameStart) i++; // a stray '/' or '=': step over it
      continue;
    }
    i++;
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    const quote = source[i];
    if (quote !== '"' && quote !== "'") break;
    const end = source.indexOf(quote, i + 1);
    if (end < 0) break;
    // Keep both the qualified and the local name: r:id and id differ in meaning in relationships.
    const value = decodeEntities(source.slice(i + 1, end));
    attrs[name] = value;
    if (!(localName(name) in attrs)) attrs[localName(name)] = value;
    i = end + 1;
  }
  return attrs;
}

/** Scans `xml` and calls `onToken` for each tag and text run. */
export function scanXml(xml: string, onToken: (token: XmlToken) => void): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      onToken({ type: 'text', text: decodeEntities(xml.slice(i)) });
      break;
    }
    if (lt > i) onToken({ type: 'text', text: decodeEntities(xml.slice(i, lt)) });
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      onToken({ type: 'text', text: xml.slice(lt + 9, end < 0 ? n : end) });
      i = end < 0 ? n : end + 3;
      continue;
    }
    // Find the tag's end, skipping '>' inside quoted attribute values.
    let j = lt + 1;
    let quote = '';
    for (; j < n; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    const inner = xml.slice(lt + 1, j);
    i = j + 1;
    if (inner.startsWith('?') || inner.startsWith('!')) continue;
    if (inner.startsWith('/')) {
      onToken({ type: 'close', name: localName(inner.slice(1).trim()) });
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameEnd = body.search(/[\s]/);
    const qname = nameEnd < 0 ? body : body.slice(0, nameEnd);
    const attrs = nameEnd < 0 ? {} : parseAttrs(body.slice(nameEnd));
    onToken({ type: 'open', name: localName(qname), attrs, selfClosing });
    if (selfClosing) onToken({ type: 'close', name: localName(qname) });
  }
}
