// Growth and audience calls: KPIs, series, diffs, reciprocity, retention, paged lists, keep/tags/notes.
import * as z from 'zod/mini';
import type {
  AudienceOverview,
  AudiencePage,
  GrowthSeries,
  Reciprocity,
  RetentionTable,
  SnapshotDiff,
  TagCount,
  UnfollowedByYou,
} from '../domain';
import { audienceListKinds } from '../domain/audience';
import { accountRef, call, id } from './define';

const username = z.string().check(z.minLength(1), z.maxLength(200));
const usernames = z.array(username).check(z.minLength(1), z.maxLength(100_000));
const tag = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

/** Which list, at which snapshot, in which order, filtered how. */
export const audienceListSelector = z.strictObject({
  accountId: id,
  list: z.enum(audienceListKinds),
  snapshotId: z.optional(id),
  sort: z._default(
    z.strictObject({ key: z.enum(['username', 'followedAt']), dir: z.enum(['asc', 'desc']) }),
    {
      key: 'username',
      dir: 'asc',
    },
  ),
  search: z.optional(z.string().check(z.maxLength(200))),
  tag: z.optional(tag),
  keptOnly: z.optional(z.boolean()),
});

export const audienceCalls = {
  audienceOverview: call<AudienceOverview>()(accountRef),
  growthSeries: call<GrowthSeries>()(
    z.strictObject({ accountId: id, granularity: z._default(z.enum(['day', 'week', 'month']), 'day') }),
  ),
  /** Changes between a snapshot (default: the newest) and the one before; null without snapshots. */
  snapshotDiff: call<SnapshotDiff | null>()(z.strictObject({ accountId: id, snapshotId: z.optional(id) })),
  reciprocity: call<Reciprocity | null>()(z.strictObject({ accountId: id, snapshotId: z.optional(id) })),
  retention: call<RetentionTable>()(accountRef),
  /** Instagram's own list of the accounts the user unfollowed; null when no export held it. */
  unfollowedByYou: call<UnfollowedByYou | null>()(accountRef),
  audienceList: call<AudiencePage>()(
    z.extend(audienceListSelector, {
      offset: z._default(z.int().check(z.minimum(0)), 0),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(5000)), 100),
    }),
  ),
  /** Every row of a list as CSV text (header line first, CRLF line ends). */
  audienceCsv: call<string>()(audienceListSelector),
  setKeep: call<{ updated: number }>()(z.strictObject({ accountId: id, usernames, keep: z.boolean() })),
  addTags: call<{ updated: number }>()(
    z.strictObject({ accountId: id, usernames, tags: z.array(tag).check(z.minLength(1), z.maxLength(50)) }),
  ),
  removeTags: call<{ updated: number }>()(
    z.strictObject({ accountId: id, usernames, tags: z.array(tag).check(z.minLength(1), z.maxLength(50)) }),
  ),
  setNote: call<{ updated: number }>()(
    z.strictObject({ accountId: id, username, note: z.string().check(z.maxLength(2000)) }),
  ),
  listTags: call<TagCount[]>()(accountRef),
} as const;
