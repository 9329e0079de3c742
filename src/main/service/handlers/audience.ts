import type { audienceCalls } from '../../../shared/contract/audience';
import { audienceCsv } from '../../analytics/audience-csv';
import { audienceFacts } from '../../analytics/audience-facts';
import { audienceList } from '../../analytics/audience-lists';
import { growthSeries } from '../../analytics/growth-series';
import { reciprocity } from '../../analytics/reciprocity';
import { retentionTable } from '../../analytics/retention';
import { snapshotDiff } from '../../analytics/snapshot-diff';
import { unfollowedByYou } from '../../analytics/unfollowed-by-you';
import { addTags, listTags, removeTags, setKeep, setNote } from '../../db/queries/audience-notes';
import { dataChanged } from './changed';
import type { HandlersFor } from './types';

export const audienceHandlers: HandlersFor<typeof audienceCalls> = {
  audienceOverview: (input, ctx) => audienceFacts(ctx.db, input.accountId),
  growthSeries: (input, ctx) => growthSeries(ctx.db, input.accountId, input.granularity),
  snapshotDiff: (input, ctx) => snapshotDiff(ctx.db, input.accountId, input.snapshotId),
  reciprocity: (input, ctx) => reciprocity(ctx.db, input.accountId, input.snapshotId),
  retention: (input, ctx) => retentionTable(ctx.db, input.accountId),
  unfollowedByYou: (input, ctx) => unfollowedByYou(ctx.db, input.accountId),
  audienceList: ({ accountId, ...query }, ctx) => audienceList(ctx.db, accountId, query),
  audienceCsv: ({ accountId, ...query }, ctx) => audienceCsv(ctx.db, accountId, query),
  setKeep: (input, ctx) => {
    const updated = setKeep(ctx.db, input.accountId, input.usernames, input.keep);
    dataChanged(ctx, input.accountId);
    return { updated };
  },
  addTags: (input, ctx) => {
    addTags(ctx.db, input.accountId, input.usernames, input.tags);
    dataChanged(ctx, input.accountId);
    return { updated: input.usernames.length };
  },
  removeTags: (input, ctx) => {
    removeTags(ctx.db, input.accountId, input.usernames, input.tags);
    dataChanged(ctx, input.accountId);
    return { updated: input.usernames.length };
  },
  setNote: (input, ctx) => {
    setNote(ctx.db, input.accountId, input.username, input.note);
    dataChanged(ctx, input.accountId);
    return { updated: 1 };
  },
  listTags: (input, ctx) => listTags(ctx.db, input.accountId),
};
