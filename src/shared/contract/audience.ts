// Growth and audience calls: KPIs, series, diffs, reciprocity, retention, paged lists, keep/tags/notes.
import { z } from 'zod';
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

const username = z.string().min(1).max(200);
const usernames = z.array(username).min(1).max(100_000);
const tag = z.string().trim().min(1).max(60);

/** Which list, at which snapshot, in which order, filtered how. */
export const audienceListSelector = z
  .object({
    accountId: id,
    list: z.enum(audienceListKinds),
    snapshotId: id.optional(),
    sort: z
      .object({ key: z.enum(['username', 'followedAt']), dir: z.enum(['asc', 'desc']) })
      .strict()
      .default({ key: 'username', dir: 'asc' }),
    search: z.string().max(200).optional(),
    tag: tag.optional(),
    keptOnly: z.boolean().optional(),
  })
  .strict();

export const audienceCalls = {
  audienceOverview: call<AudienceOverview>()(accountRef),
  growthSeries: call<GrowthSeries>()(
    z.object({ accountId: id, granularity: z.enum(['day', 'week', 'month']).default('day') }).strict(),
  ),
  /** Changes between a snapshot (default: the newest) and the one before; null without snapshots. */
  snapshotDiff: call<SnapshotDiff | null>()(z.object({ accountId: id, snapshotId: id.optional() }).strict()),
  reciprocity: call<Reciprocity | null>()(z.object({ accountId: id, snapshotId: id.optional() }).strict()),
  retention: call<RetentionTable>()(accountRef),
  /** Instagram's own list of the accounts the user unfollowed; null when no export held it. */
  unfollowedByYou: call<UnfollowedByYou | null>()(accountRef),
  audienceList: call<AudiencePage>()(
    audienceListSelector.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(100),
    }),
  ),
  /** Every row of a list as CSV text (header line first, CRLF line ends). */
  audienceCsv: call<string>()(audienceListSelector),
  setKeep: call<{ updated: number }>()(z.object({ accountId: id, usernames, keep: z.boolean() }).strict()),
  addTags: call<{ updated: number }>()(
    z.object({ accountId: id, usernames, tags: z.array(tag).min(1).max(50) }).strict(),
  ),
  removeTags: call<{ updated: number }>()(
    z.object({ accountId: id, usernames, tags: z.array(tag).min(1).max(50) }).strict(),
  ),
  setNote: call<{ updated: number }>()(
    z.object({ accountId: id, username, note: z.string().max(2000) }).strict(),
  ),
  listTags: call<TagCount[]>()(accountRef),
} as const;
