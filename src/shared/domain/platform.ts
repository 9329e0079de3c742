// What each platform is called and what its account export can hold. Pages decide what to show and
// the tip engine decides which rules may fire from this one table, so "Instagram has no posts here"
// is written once. A capability a platform has can still be missing from one export: that is the
// snapshot's coverage ("not in this export"), not this table's business.
import type { Platform } from './app';

/** How each platform is named on screen and in advice. */
export const platformNames: Readonly<Record<Platform, string>> = {
  tiktok: 'TikTok',
  instagram: 'Instagram',
  x: 'X',
};

/**
 * Kinds of data an export may carry beyond the follower and following lists every platform has.
 * - posts: the account's own posts with their likes (TikTok's export and Studio only).
 * - followDates: when each follow happened (X's archive lists account ids without dates).
 * - activity: the account's own likes, comments and watch history per day.
 * - messages: which followers exchanged direct messages with the account.
 * - studio: TikTok Studio's analytics downloads.
 * - unfollowedByYou: the platform's own list of accounts the user recently unfollowed (Instagram).
 */
export type ExportCapability =
  'posts' | 'followDates' | 'activity' | 'messages' | 'studio' | 'unfollowedByYou';

const capabilities: Readonly<Record<Platform, readonly ExportCapability[]>> = {
  tiktok: ['posts', 'followDates', 'activity', 'messages', 'studio'],
  // Instagram's "Followers and following" download: dated follows and the user's own lists, no posts.
  instagram: ['followDates', 'unfollowedByYou'],
  // X's archive: follower and following account ids, nothing else Followscope reads.
  x: [],
};

/** True when this platform's export can carry `capability` at all. */
export function platformHas(platform: Platform, capability: ExportCapability): boolean {
  return capabilities[platform].includes(capability);
}

/** Where each platform's users request the export Followscope reads, in one sentence. */
export const platformExportRequest: Readonly<Record<Platform, string>> = {
  tiktok: 'Request "Download your data" in TikTok (JSON) and import it when it arrives.',
  instagram:
    'Request "Download your information" in Instagram (Followers and following, All time, JSON) and import it when it arrives.',
  x: 'Request "Download an archive of your data" in X and import the archive when it arrives.',
};

/** The feed each platform ranks by engagement, as its users know it. */
export const platformFeedName: Readonly<Record<Platform, string>> = {
  tiktok: 'For You feed',
  instagram: 'Explore and Reels feeds',
  x: '"For you" timeline',
};

/**
 * The public profile page of an account on its platform. X's archive names followers by account id
 * only (digits), which X opens at /i/user/<id>; a handle opens at /<handle>.
 */
export function profileUrl(platform: Platform, username: string): string {
  const name = encodeURIComponent(username);
  if (platform === 'instagram') return `https://www.instagram.com/${name}/`;
  if (platform === 'x')
    return /^\d+$/.test(username) ? `https://x.com/i/user/${name}` : `https://x.com/${name}`;
  return `https://www.tiktok.com/@${name}`;
}

/** How an account is written on screen: @name, or "id 123" for an X account known only by its id. */
export function accountLabel(platform: Platform, username: string): string {
  return platform === 'x' && /^\d+$/.test(username) ? `id ${username}` : `@${username}`;
}
