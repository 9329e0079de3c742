import type { engagementCalls } from '../../../shared/contract/engagement';
import { studioFollowerActivity } from '../../db/queries/studio';
import { bestTimeAnalysis } from '../../analytics/engagement/best-time';
import { cadenceAnalysis } from '../../analytics/engagement/cadence';
import { tagsAndSounds } from '../../analytics/engagement/hashtags';
import { interestProfile } from '../../analytics/engagement/interests';
import { latestPostLikes, postAnalytics } from '../../analytics/engagement/posts';
import { studioFollowerSeries, studioMetrics } from '../../analytics/engagement/studio-metrics';
import { TimeZoneError } from '../../analytics/engagement/time-zone';
import { yourActivity } from '../../analytics/engagement/activity';
import { effectiveTimeZone } from '../../analytics/time-zone-setting';
import { ServiceError } from '../errors';
import type { HandlersFor } from './types';

export const engagementHandlers: HandlersFor<typeof engagementCalls> = {
  postAnalytics: (input, ctx) => postAnalytics(ctx.db, input.accountId),
  cadenceAnalysis: (input, ctx) => cadenceAnalysis(ctx.db, input.accountId),
  bestTimeToPost: (input, ctx) => {
    try {
      return bestTimeAnalysis(
        latestPostLikes(ctx.db, input.accountId),
        studioFollowerActivity(ctx.db, input.accountId),
        { timeZone: effectiveTimeZone(ctx.db, input.timeZone) },
      );
    } catch (error) {
      if (error instanceof TimeZoneError) throw new ServiceError('BAD_INPUT', error.message);
      throw error;
    }
  },
  tagsAndSounds: (input, ctx) => tagsAndSounds(latestPostLikes(ctx.db, input.accountId)),
  interestProfile: (input, ctx) => interestProfile(ctx.db, input.accountId),
  yourActivity: (input, ctx) => yourActivity(ctx.db, input.accountId),
  studioMetrics: (input, ctx) => studioMetrics(ctx.db, input.accountId),
  studioFollowerSeries: (input, ctx) => studioFollowerSeries(ctx.db, input.accountId),
};
