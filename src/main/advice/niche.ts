// The creator's niche profile: keywords from their own post titles and hashtags, the hashtags they
// favorite and the terms they search, each weighted by recency with an exponential decay (half-life
// HALF_LIFE_DAYS: a term from 90 days ago counts half as much as one from today), then adjusted by the
// user's edits (added terms, removed terms, pinned terms first).
import type { NicheKeyword, NicheProfile } from '../../shared/domain/advice';
import type { Db } from '../db/open';
import { accountTimeline } from '../analytics/timeline';
import { DAY_MS, extractHashtags } from './metrics';
import { readNicheEdits } from './store';

export const HALF_LIFE_DAYS = 90;
const MAX_KEYWORDS = 40;

/** Weight of one occurrence by source, before decay: hashtags state the niche most directly. */
const sourceWeight = { hashtag: 2, favorite: 1.5, search: 1, title: 1 } as const;
/** Terms without a date (favorite hashtags have none) count as if this many days old. */
const UNDATED_AGE_DAYS = HALF_LIFE_DAYS;

const stopwords = new Set(
  `a an and are as at be but by for from has have how i if in into is it its just me my of on or our so that the
   their them then there these this to too up was we what when which who why will with you your day days get got
   make made more most much new now one out part some than very vs way ways like love best first last time try
   tried doing done this that here also only ever every really still about after before being over under
   video videos tiktok min mins minute minutes hour hours week weeks month months year years making make
   high low eat ate rest reset night morning approved reacting react reaction bag thing things stuff part
   full quick easy real tips tip show told tell get gets got want wanted need needs`
    .split(/\s+/)
    .filter(Boolean),
);

export function decay(ageDays: number, halfLifeDays = HALF_LIFE_DAYS): number {
  return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
}

/** Words of a title worth keeping as keywords (no hashtags, no stopwords, at least 3 letters). */
export function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/#[\p{L}\p{N}_]+/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w));
}

type Source = 'title' | 'hashtag' | 'favorite' | 'search';

export function nicheProfile(db: Db, accountId: number): NicheProfile {
  const latest = accountTimeline(db, accountId).at(-1);
  const edits = readNicheEdits(db, accountId);
  const scores = new Map<string, { weight: number; sources: Set<Source> }>();
  const add = (term: string, source: Source, weight: number) => {
    const key = term.toLowerCase().trim();
    if (!key) return;
    const entry = scores.get(key) ?? { weight: 0, sources: new Set<Source>() };
    entry.weight += weight;
    entry.sources.add(source);
    scores.set(key, entry);
  };

  if (latest) {
    const asOf = latest.takenAt;
    const posts = db
      .prepare('SELECT posted_at AS postedAt, title FROM posts WHERE account_id = ? AND posted_at <= ?')
      .all(accountId, asOf) as { postedAt: number; title: string }[];
    for (const p of posts) {
      const w = decay((asOf - p.postedAt) / DAY_MS);
      for (const tag of extractHashtags(p.title)) add(tag, 'hashtag', sourceWeight.hashtag * w);
      for (const word of titleWords(p.title)) add(word, 'title', sourceWeight.title * w);
    }
    const terms = db
      .prepare('SELECT kind, term, day, count FROM snapshot_terms WHERE snapshot_id = ?')
      .all(latest.id) as {
      kind: 'search' | 'hashtagUsed' | 'hashtagFavorite';
      term: string;
      day: string;
      count: number;
    }[];
    for (const t of terms) {
      const age = t.day ? (asOf - Date.parse(`${t.day}T12:00:00Z`)) / DAY_MS : UNDATED_AGE_DAYS;
      const source: Source =
        t.kind === 'search' ? 'search' : t.kind === 'hashtagFavorite' ? 'favorite' : 'hashtag';
      add(t.term.replace(/^#/, ''), source, sourceWeight[source] * t.count * decay(age));
    }
  }

  const removed: string[] = [];
  const keywords: NicheKeyword[] = [];
  const maxWeight = Math.max(1, ...[...scores.values()].map((s) => s.weight));
  for (const [term, state] of edits) {
    if (state === 'removed') removed.push(term);
    else if (!scores.has(term)) scores.set(term, { weight: maxWeight, sources: new Set() });
  }
  for (const [term, s] of scores) {
    const state = edits.get(term);
    if (state === 'removed') continue;
    const sources: NicheKeyword['sources'] = [...s.sources];
    if (state === 'added') sources.push('user');
    keywords.push({ term, weight: Math.round(s.weight * 1000) / 1000, sources, pinned: state === 'pinned' });
  }
  keywords.sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || b.weight - a.weight || a.term.localeCompare(b.term),
  );
  // Pinned and user-added keywords always stay; the rest is cut to the strongest.
  const kept = keywords.filter((k, i) => k.pinned || k.sources.includes('user') || i < MAX_KEYWORDS);
  return { halfLifeDays: HALF_LIFE_DAYS, keywords: kept, removed: removed.sort() };
}
