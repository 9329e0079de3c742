// Which list an Instagram file holds: by the key wrapping its records when there is one (the surest
// sign), else by its file name (followers and some 2026 files are bare arrays with no key).
import type { RelationKind } from '../relations';

export type InstagramList = 'followers' | 'following' | 'blocked' | RelationKind;

/** Wrapper keys seen in Instagram JSON files, lower-cased. */
export const LIST_KEYS: Readonly<Record<string, InstagramList>> = {
  relationships_followers: 'followers',
  relationships_following: 'following',
  relationships_follow_requests_sent: 'pendingRequests',
  // 2024's recent_follow_requests.json: requests the user sent that are still waiting.
  relationships_permanent_follow_requests: 'pendingRequests',
  relationships_unfollowed_users: 'recentlyUnfollowed',
  relationships_close_friends: 'closeFriends',
  relationships_blocked_users: 'blocked',
  relationships_restricted_users: 'restricted',
};

const NAME_RULES: Array<[RegExp, InstagramList]> = [
  [/^followers(?:_\d+)?$/, 'followers'],
  [/^following(?:_\d+)?$/, 'following'],
  [/^(?:pending_follow_requests|recent_follow_requests)$/, 'pendingRequests'],
  [/^recently_unfollowed_(?:profiles|accounts)$/, 'recentlyUnfollowed'],
  [/^close_friends$/, 'closeFriends'],
  [/^blocked_(?:profiles|accounts)$/, 'blocked'],
  [/^restricted_(?:profiles|accounts)$/, 'restricted'],
];

/** The list a file name stands for ("followers_2.json" -> followers), or null. */
export function listOfFileName(name: string): InstagramList | null {
  const base = (name.split('/').pop() ?? '').toLowerCase().replace(/\.(?:json|html?)$/, '');
  for (const [re, list] of NAME_RULES) if (re.test(base)) return list;
  return null;
}
