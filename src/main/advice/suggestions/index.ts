// One entry point per list, and CSV export of any list.
import type { SuggestionList, SuggestionResult } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { followBackSuggestions } from './follow-back';
import { nicheSuggestions } from './niche';
import { reconnectSuggestions } from './reconnect';
import { reviewSuggestions } from './review';

export function suggestions(
  db: Db,
  accountId: number,
  list: SuggestionList,
  limit?: number,
): SuggestionResult {
  switch (list) {
    case 'follow-back':
      return followBackSuggestions(db, accountId, limit);
    case 'niche':
      return nicheSuggestions(db, accountId, limit);
    case 'review':
      return reviewSuggestions(db, accountId, limit);
    case 'reconnect':
      return reconnectSuggestions(db, accountId, limit);
  }
}

function csvField(value: string | number): string {
  const s = String(value);
  // Quote always; neutralize spreadsheet formulas (=, +, -, @ at the start of a text cell).
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV (CRLF) of a list: rank, username, score, reason, tags, then evidence as label: value. */
export function suggestionsCsv(result: SuggestionResult): string {
  const lines = [['rank', 'username', 'score', 'reason', 'tags', 'evidence'].map(csvField).join(',')];
  result.rows.forEach((r, i) => {
    const evidence = r.evidence.map((e) => `${e.label}: ${e.value}${e.unit ?? ''}`).join('; ');
    lines.push([i + 1, r.username, r.score, r.reason, r.tags.join(' '), evidence].map(csvField).join(','));
  });
  return lines.join('\r\n') + '\r\n';
}
