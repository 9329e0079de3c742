// What each headline figure means, in plain words: the help every KPI card shows next to its label.
// One entry per metric name, so a metric has one name everywhere (a KPI whose label is not here fails
// tests/unit/renderer/metrics.test.ts).

export const METRIC_HELP: Readonly<Record<string, string>> = {
  Followers: 'People who follow you, counted in your newest export.',
  Following: 'Accounts you follow, counted in your newest export.',
  'Followers/following ratio':
    'Your followers divided by the accounts you follow. 26,000 followers and 700 following make 37; higher means your audience is larger than your feed.',
  Mutuals: 'Accounts that follow you and that you follow back.',
  'Follow-back rate': 'Of the accounts you follow, the share that follow you too.',
  Gained: 'People who follow you now and did not in the export before.',
  'Lost (unfollowed you)': 'People who followed you in the export before and no longer do.',
  'Fans not followed back': 'Accounts that follow you and that you do not follow.',
  'New followers, last 7 days': 'Follows dated in the 7 days before your newest export.',
  'New followers, last 30 days': 'Follows dated in the 30 days before your newest export.',
  'Median likes per post (90 days)':
    'The middle value of likes on your posts from the last 90 days: half of them got more, half fewer.',
  'Likes per post ÷ followers':
    'Median likes per post divided by your followers: the share of your audience that likes a typical post.',
  'Following in your niche tags': 'Accounts you follow that you tagged with one of your niche tags.',
  'Video views': 'Views of your videos over the period, as TikTok Studio reports them.',
  'Engagement rate': 'Likes, comments and shares divided by views, over the period.',
  'Engagement per follower': 'Likes, comments and shares per follower, over the period.',
  'Profile views → followers': 'Of the people who viewed your profile, the share who followed you.',
  Posts: 'Posts in your export.',
  'Median likes per post': 'The middle value of likes on your posts: half got more, half fewer.',
  'Total likes': 'Likes on all your posts in the export.',
  'Likes gained since the export before': 'Likes your posts received between the two newest exports.',
  'Videos watched': 'Videos you watched, from your watch history.',
  'Likes given': 'Videos you liked.',
  Comments: 'Comments you wrote (Followscope counts them; it never stores their text).',
  Shares: 'Videos you shared.',
  'Tips to act on': 'Tips that apply to your newest export and that you have not dismissed or snoozed.',
  'High priority': 'Tips with the largest expected effect on your growth.',
  'New since last import': 'Tips that did not apply before your newest import.',
  'Dismissed or snoozed': 'Tips you hid. Snoozed tips come back when the snooze ends.',
  Unfollows: 'People who stopped following you.',
};

/** The help text of a metric, or undefined when it has none. */
export const metricHelp = (label: string): string | undefined => METRIC_HELP[label];
