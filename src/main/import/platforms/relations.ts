// Lists some platforms export besides followers, following and blocked accounts. They are the user's own
// actions or settings, not facts about the audience, so they travel beside the sink's audience lists.
import { ownListSectionIds, type OwnListSection } from '../../../shared/domain/export-sections';
import type { AccountRecord, ExportSink, ProfileRecord } from '../sink';

export type RelationKind = OwnListSection;

export const RELATION_KINDS: readonly RelationKind[] = ownListSectionIds;

/** A sink that also takes these lists. Sinks without `relation` simply do not receive them. */
export interface RelationSink extends ExportSink {
  relation?(kind: RelationKind, record: AccountRecord): void;
  relationDone?(kind: RelationKind, records: number): void;
}

/**
 * The profile of an Instagram or X export: the account's username and nothing else. Their exports carry
 * no display name and no profile counts; those stay unknown (null), never 0.
 */
export function usernameOnlyProfile(username: string): ProfileRecord {
  return { username, displayName: null, followerCount: null, followingCount: null, likesReceived: null };
}
