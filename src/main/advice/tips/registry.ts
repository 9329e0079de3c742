// Every tip rule, in the order ties are shown. Add a rule: write tips/rules/<id>.ts, list it here,
// add tests/unit/advice/rules/<id>.test.ts that make it fire and not fire.
import type { TipRule } from './rule';
import { cadenceLow } from './rules/cadence-low';
import { cadenceRoom } from './rules/cadence-room';
import { cadenceGap } from './rules/cadence-gap';
import { bestTime } from './rules/best-time';
import { bestWeekdays } from './rules/best-weekdays';
import { ratioHigh } from './rules/ratio-high';
import { ratioDrift } from './rules/ratio-drift';
import { massFollow } from './rules/mass-follow';
import { churnAfterPost } from './rules/churn-after-post';
import { lowFollowBackNiche } from './rules/low-follow-back-niche';
import { bestFollowBackNiche } from './rules/best-follow-back-niche';
import { nicheShare } from './rules/niche-share';
import { engagementDown } from './rules/engagement-down';
import { engagementUp } from './rules/engagement-up';
import { hashtagConcentration } from './rules/hashtag-concentration';
import { genericHashtags } from './rules/generic-hashtags';
import { missingHashtags } from './rules/missing-hashtags';
import { fansWaiting } from './rules/fans-waiting';
import { reviewBacklog } from './rules/review-backlog';
import { mutualsLost } from './rules/mutuals-lost';
import { lowOutgoingEngagement } from './rules/low-outgoing-engagement';
import { followerDecline } from './rules/follower-decline';
import { staleData } from './rules/stale-data';
import { goalOffTrack } from './rules/goal-off-track';

export const tipRules: readonly TipRule[] = [
  cadenceLow,
  cadenceRoom,
  cadenceGap,
  bestTime,
  bestWeekdays,
  ratioHigh,
  ratioDrift,
  massFollow,
  churnAfterPost,
  lowFollowBackNiche,
  bestFollowBackNiche,
  nicheShare,
  engagementDown,
  engagementUp,
  hashtagConcentration,
  genericHashtags,
  missingHashtags,
  fansWaiting,
  reviewBacklog,
  mutualsLost,
  lowOutgoingEngagement,
  followerDecline,
  staleData,
  goalOffTrack,
];
