// Is this an Instagram "Download your information" export? Judged by content: JSON files wrapping
// Instagram's list keys or record shapes, or HTML pages of instagram.com profile anchors. Names only pick
// the list of a bare array (followers_1.json) and never decide alone.
import { readEntryHead } from '../../source/head';
import { extensionOf } from '../../source/paths';
import type { ImportSource, SourceEntry } from '../../source/types';
import { realEntries } from '../read-entry';
import { looksLikeInstagramHtml } from './html-file';
import { looksLikeInstagramJson } from './json-file';
import { listOfFileName } from './lists';
import { isPersonalInfoHtml } from './personal-info-html';

const SNIFF_BYTES = 16 * 1024;
/** Files sniffed at most: a full Instagram export holds a few hundred JSON files. */
const MAX_SNIFFED = 2000;
/** followers_2 before followers_10. One collator: localeCompare with options builds one per call. */
const NUMERIC_NAMES = new Intl.Collator('en', { numeric: true });

export interface InstagramDetection {
  kind: 'instagram';
  format: 'json' | 'html';
  /** Files to read: lists and personal information, in a stable order. */
  files: SourceEntry[];
}

/** The export's list files, or null when nothing in `source` is an Instagram list. */
export async function detectInstagram(
  source: ImportSource,
  signal?: AbortSignal,
): Promise<InstagramDetection | null> {
  const json: SourceEntry[] = [];
  const html: SourceEntry[] = [];
  let lists = 0;
  let linkless = 0;
  let sniffed = 0;
  for (const entry of realEntries(source.entries)) {
    const ext = extensionOf(entry.name);
    if ((ext !== 'json' && ext !== 'html' && ext !== 'htm') || entry.size === 0) continue;
    if (++sniffed > MAX_SNIFFED) break;
    const head = (await readEntryHead(source, entry, SNIFF_BYTES, signal)).toString('utf8');
    if (ext === 'json' && looksLikeInstagramJson(head)) {
      json.push(entry);
      if (/"relationships_[a-z_]+"\s*:/i.test(head) || listOfFileName(entry.name)) lists++;
    } else if (ext !== 'json' && listOfFileName(entry.name) && looksLikeInstagramHtml(head)) {
      html.push(entry);
      lists++;
    } else if (ext !== 'json' && listOfFileName(entry.name) && /<html|<!doctype html/i.test(head)) {
      // A list page with no profile link in its head: an empty list, or a page that is no list at all.
      // The reader tells them apart over the whole export.
      html.push(entry);
      linkless++;
    } else if (ext !== 'json' && isPersonalInfoHtml(entry.name)) {
      // Read for the username only; it never makes a folder an Instagram export on its own.
      html.push(entry);
    }
  }
  // Pages named like Instagram's lists but naming nobody are still an Instagram export (refused by the
  // reader with the page's name) rather than "not an export".
  if (lists === 0 && (json.length > 0 || linkless === 0)) return null;
  const byName = (a: SourceEntry, b: SourceEntry): number => NUMERIC_NAMES.compare(a.name, b.name);
  // An export is requested as JSON or HTML; should both be present, JSON carries exact times.
  if (json.length > 0) return { kind: 'instagram', format: 'json', files: json.sort(byName) };
  return { kind: 'instagram', format: 'html', files: html.sort(byName) };
}
