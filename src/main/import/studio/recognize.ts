// Which Studio file a table is, told by its header (English in every UI language), case- and
// space-insensitively. Business accounts' headers vary by account, so daily files are recognized by a
// date column plus at least one known metric column.
import type { StudioFileKind, StudioMetric } from './types';

export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Daily columns, by normalized header. */
export const DAILY_COLUMNS: ReadonlyMap<string, StudioMetric> = new Map<string, StudioMetric>(
  Object.entries({
    'video views': 'videoViews',
    'profile views': 'profileViews',
    likes: 'likes',
    comments: 'comments',
    shares: 'shares',
    'total viewers': 'totalViewers',
    'new viewers': 'newViewers',
    'returning viewers': 'returningViewers',
    followers: 'followers',
    'reached audience': 'reachedAudience',
    'new followers': 'newFollowers',
    'lost followers': 'lostFollowers',
    'net growth': 'netFollowers',
  }) as [string, StudioMetric][],
);

/** Columns read but deliberately not used: the follower difference is recomputed from `Followers`. */
export const IGNORED_DAILY_COLUMNS = new Set(['difference in followers from previous day']);

const BUSINESS_ONLY = ['reached audience', 'net growth', 'new followers', 'lost followers'];

export function recognizeHeader(header: string[]): StudioFileKind | null {
  const h = new Set(header.map(normalizeHeader));
  if (h.has('date') && h.has('hour') && h.has('active followers')) return 'followerActivity';
  if (h.has('gender') && h.has('distribution')) return 'followerGender';
  if ((h.has('top territories') || h.has('territories') || h.has('territory')) && h.has('distribution')) {
    return 'followerTerritories';
  }
  if (h.has('video link') || h.has('video title')) {
    return h.has('total likes') || h.has('total views') || h.has('time') ? 'content' : 'businessVideos';
  }
  if (!h.has('date')) return null;
  const known = [...h].filter((c) => DAILY_COLUMNS.has(c));
  if (known.length === 0) return null;
  if (BUSINESS_ONLY.some((c) => h.has(c))) return 'businessDaily';
  if (h.has('total viewers') || h.has('new viewers') || h.has('returning viewers')) return 'viewers';
  if (h.has('followers')) return 'followerHistory';
  return 'overview';
}
