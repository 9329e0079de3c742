// Hashtags parsed from post titles and the sounds posts used: how often each was used and how the
// posts with it did (median likes). Posts are few, so this runs over the posts query in JS.
import type { PostLikes, SoundStat, TagStat, TagsAndSounds } from '../../../shared/domain';
import { median, sum } from './stats';

// A hashtag: '#' then letters, marks, digits or underscores in any script ("#día", "#日常").
const HASHTAG = /#([\p{L}\p{M}\p{N}_]+)/gu;

/** The distinct hashtags of a title, lower-cased, without '#'. */
export function parseHashtags(title: string): string[] {
  const tags = new Set<string>();
  for (const m of title.matchAll(HASHTAG)) tags.add(m[1]!.toLocaleLowerCase('und'));
  return [...tags];
}

interface Group {
  uses: number;
  likes: number[];
}

function collect(posts: readonly PostLikes[], keysOf: (p: PostLikes) => string[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const p of posts) {
    for (const key of keysOf(p)) {
      const g = groups.get(key) ?? { uses: 0, likes: [] };
      g.uses += 1;
      if (p.likes !== null) g.likes.push(p.likes);
      groups.set(key, g);
    }
  }
  return groups;
}

/** Most used first, then best median likes. */
function rank<T extends { uses: number; medianLikes: number | null }>(a: T, b: T): number {
  return b.uses - a.uses || (b.medianLikes ?? -1) - (a.medianLikes ?? -1);
}

/** Titles and sounds "N/A"/"None" were stored as ''; an empty sound is the creator's original audio. */
export function tagsAndSounds(posts: readonly PostLikes[]): TagsAndSounds {
  const hashtags = [...collect(posts, (p) => parseHashtags(p.title))]
    .map(([tag, g]): TagStat => ({
      tag,
      uses: g.uses,
      medianLikes: median(g.likes),
      totalLikes: sum(g.likes),
    }))
    .sort((a, b) => rank(a, b) || a.tag.localeCompare(b.tag));
  const sounds = [...collect(posts, (p) => (p.sound.trim() ? [p.sound.trim()] : []))]
    .map(([sound, g]): SoundStat => ({
      sound,
      uses: g.uses,
      medianLikes: median(g.likes),
      totalLikes: sum(g.likes),
    }))
    .sort((a, b) => rank(a, b) || a.sound.localeCompare(b.sound));
  return { hashtags, sounds };
}
