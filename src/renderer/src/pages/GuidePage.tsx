// Followers vs following, explained with the creator's own numbers: what each side does (reach and
// influence vs feed and network), and how visibility, interactions, the algorithm and growth
// strategies connect them. Every figure comes from the same metrics the tips use.
import {
  platformFeedName,
  platformHas,
  platformNames,
  type AccountMetrics,
  type AccountSummary,
  type AudienceFacts,
} from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { navigate } from '../app/router';
import { useCall } from '../app/useCall';
import { FollowersFollowingChart } from '../charts/FollowersFollowingChart';
import { Button } from '../components/Button';
import { Card } from '../components/Card';
import { ErrorBanner } from '../components/ErrorBanner';
import { KpiCard } from '../components/KpiCard';
import { PageHeader } from '../components/PageHeader';
import { PlatformNote } from '../components/PlatformNote';
import { noPostsNote } from '../platformNotes';
import { formatDate, formatDecimal, formatInt, formatPercent, NOT_IN_EXPORT } from '../format';
import { NoAccount } from './audience/NoAccount';
import './advice/advice.css';

const DAY = 86_400_000;

function FollowChart({ m }: { m: AccountMetrics }) {
  return (
    <FollowersFollowingChart
      points={m.snapshots.map((s) => ({ t: s.takenAt, followers: s.followers, following: s.following }))}
      title="Followers and following, export by export"
      subtitle="Followers above, following below, on one time line"
      height={260}
      testId="guide-chart"
      followersLabel="Followers (reach)"
      followingLabel="Following (your feed)"
    />
  );
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;

/** The Engagement page's top posting window, in the product's time zone, with what it rests on. */
function BestTimeLine({ m }: { m: AccountMetrics }) {
  const top = m.bestTime.windows[0];
  if (!top)
    return (
      <>
        No posting window stands out yet: one is recommended from {m.bestTime.minPostsPerWindow} posts in it,
        or from TikTok Studio&apos;s follower activity.
      </>
    );
  return (
    <>
      Your best window to post: {WEEKDAYS[top.weekday]} {hh(top.startHour)}–{hh(top.startHour + top.hours)} (
      {m.bestTime.timeZone})
      {top.activeFollowers !== null
        ? `, when about ${formatInt(top.activeFollowers)} followers are online`
        : ''}
      {top.medianLikes !== null
        ? ` and your ${formatInt(top.posts)} posts there have a median of ${formatInt(top.medianLikes)} likes.`
        : '.'}
    </>
  );
}

/** Comments and likes the creator gave: a count only for what some export carried, never a 0 for the rest. */
function outgoingText(comments: number | null, likes: number | null): string {
  const when = 'In the 4 weeks before the newest export that carried them, you left';
  if (comments === null && likes === null) return `The comments and likes you gave are ${NOT_IN_EXPORT}.`;
  if (comments === null)
    return `${when} ${formatInt(likes)} likes on other videos (comments: ${NOT_IN_EXPORT}).`;
  if (likes === null)
    return `${when} ${formatInt(comments)} comments on other videos (likes: ${NOT_IN_EXPORT}).`;
  return `${when} ${formatInt(comments)} comments and ${formatInt(likes)} likes on other videos.`;
}

function Guide({ m, summary, facts }: { m: AccountMetrics; summary: AccountSummary; facts: AudienceFacts }) {
  const recent = m.posts.filter((p) => p.postedAt > m.asOf - 28 * DAY);
  const perWeek = (recent.length * 7) / 28;
  // The figures below are the service's facts (the same the Overview and `summary` show).
  const likes = summary.medianPostLikes;
  const likesAsOf = summary.figuresAsOf.posts;
  const rate = likes !== null && summary.followers ? likes / summary.followers : null;
  const followBack = facts.followBackRate.value;
  const ratio = facts.ratio.value;
  const topTags = m.hashtagUse.slice(0, 5).map((h) => `#${h.tag}`);
  // The guide speaks of the account's platform and leaves out what its export cannot hold.
  const name = platformNames[m.platform];
  const posts = platformHas(m.platform, 'posts');
  const dated = platformHas(m.platform, 'followDates');
  const activity = platformHas(m.platform, 'activity');
  const item = m.platform === 'tiktok' ? 'video' : 'post';
  return (
    <div className="stack" data-testid="guide">
      <FollowChart m={m} />
      <Card title="Followers: your reach and influence">
        <div className="guide-section">
          <div className="guide-figures">
            <KpiCard
              testId="guide-followers"
              label="Followers"
              value={facts.followers.value === null ? NOT_IN_EXPORT : formatInt(facts.followers.value)}
              hint={facts.followers.asOf ? `as of ${formatDate(facts.followers.asOf)}` : undefined}
            />
            {!posts && (
              // Without posts, the followers side is who came, who left and whom you have not answered.
              <>
                <KpiCard
                  label="Gained"
                  value={formatInt(facts.gained.value)}
                  hint={facts.gained.since ? `since ${formatDate(facts.gained.since)}` : 'needs two exports'}
                />
                <KpiCard
                  label="Lost (unfollowed you)"
                  value={formatInt(facts.lost.value)}
                  hint={facts.lost.since ? `since ${formatDate(facts.lost.since)}` : 'needs two exports'}
                />
                <KpiCard
                  label="Fans not followed back"
                  value={
                    facts.fansNotFollowedBack.value === null
                      ? NOT_IN_EXPORT
                      : formatInt(facts.fansNotFollowedBack.value)
                  }
                />
              </>
            )}
            {posts && (
              <KpiCard
                label="Median likes per post"
                value={likes === null ? NOT_IN_EXPORT : formatInt(likes)}
                hint={likesAsOf ? `posts in the export of ${formatDate(likesAsOf)}` : undefined}
              />
            )}
            {posts && (
              <KpiCard
                label="Likes per post ÷ followers"
                value={formatPercent(rate)}
                hint="a rough engagement rate"
              />
            )}
          </div>
          <p>
            Followers are the people who asked to see you. On {name} they are the first audience a new {item}{' '}
            is shown to, so their reaction decides how far it travels. What counts is not the number but how
            many of them still engage
            {!posts || likes === null
              ? '.'
              : m.followers === null
                ? `: a typical post of yours gets ${formatInt(likes)} likes (your follower count is ${NOT_IN_EXPORT}).`
                : `: with ${formatInt(m.followers)} followers, a typical post of yours gets ${formatInt(likes)} likes.`}
          </p>
        </div>
      </Card>
      <Card title="Following: your feed and your network">
        <div className="guide-section">
          <div className="guide-figures">
            <KpiCard
              testId="guide-following"
              label="Following"
              value={facts.following.value === null ? NOT_IN_EXPORT : formatInt(facts.following.value)}
              hint={facts.following.asOf ? `as of ${formatDate(facts.following.asOf)}` : undefined}
            />
            <KpiCard
              label="Mutuals"
              value={facts.mutuals.value === null ? NOT_IN_EXPORT : formatInt(facts.mutuals.value)}
              hint={
                followBack === null ? undefined : `${formatPercent(followBack)} of your follows follow back`
              }
            />
            <KpiCard label="Followers/following ratio" value={ratio === null ? '—' : formatDecimal(ratio)} />
            <KpiCard
              label="Following in your niche tags"
              value={formatPercent(m.nicheShare)}
              hint={`target ${formatPercent(m.nicheShareTarget)}`}
            />
          </div>
          <p>
            Whom you follow shapes what you see and whom you meet. It does not raise your reach by itself
            {m.following === null || m.mutuals === null
              ? ` (your following and mutuals are ${NOT_IN_EXPORT}).`
              : `: following ${formatInt(m.following)} accounts gave you ${formatInt(m.mutuals)} mutuals.`}{' '}
            Follows in your niche train your feed on what you make and put you in front of creators who may
            share {m.platform === 'tiktok' ? 'or duet you' : 'your posts'}
            {dated
              ? m.notFollowingBackOlderThanReview === null
                ? '.'
                : `; ${formatInt(m.notFollowingBackOlderThanReview)} of your follows never followed back after ${m.reviewAfterDays} days.`
              : m.notFollowingBack === null
                ? '.'
                : `; ${formatInt(m.notFollowingBack)} of your follows do not follow you back.`}
          </p>
        </div>
      </Card>
      <Card title="Visibility">
        <div className="guide-section">
          {!posts ? (
            <PlatformNote>{noPostsNote(m.platform)}</PlatformNote>
          ) : (
            <>
              <p>
                {summary.figuresAsOf.posts === summary.asOf
                  ? `You posted ${recent.length} times in the 4 weeks up to your newest export (${formatDate(summary.asOf)}): ${formatDecimal(perWeek)} a week.`
                  : `Your newest export has no posts (${summary.figuresAsOf.posts ? `the last one with posts is from ${formatDate(summary.figuresAsOf.posts)}` : 'no export had them'}).`}{' '}
                In Buffer&apos;s study of 11.4 million TikTok posts, going from one post a week to 2–5 gave
                about 17% more views per post, and 6–10 about 29%.{' '}
                {topTags.length > 0
                  ? `Your most used hashtags: ${topTags.join(', ')}.`
                  : 'Your posts carry few hashtags.'}
              </p>
              <p data-testid="guide-best-time">
                <BestTimeLine m={m} />
              </p>
            </>
          )}
        </div>
      </Card>
      <Card title="Interactions and networking">
        <div className="guide-section">
          <p>
            {activity && `${outgoingText(m.commentsMadeLast28, m.likesGivenLast28)} `}
            {m.fansNotFollowedBack === null
              ? `Which followers you do not follow back is ${NOT_IN_EXPORT}.`
              : `${formatInt(m.fansNotFollowedBack)} followers are not followed back${
                  m.fansNotFollowedBackWithMessages !== null && m.fansNotFollowedBackWithMessages > 0
                    ? `, ${formatInt(m.fansNotFollowedBackWithMessages)} of them message you`
                    : ''
                }.`}{' '}
            Replies, comments and follow-backs turn an audience into a network.
          </p>
        </div>
      </Card>
      <Card title="The algorithm">
        <div className="guide-section">
          {m.platform === 'tiktok' ? (
            <p>
              The For You feed ranks videos by how viewers engage with them (watching to the end, replays,
              shares, comments, likes), not by follower counts. Followers help because they give a new video
              its first engaged viewers; a following list full of accounts that ignore you does not. Bursts of
              follows or unfollows can look automated and get an account limited.
            </p>
          ) : (
            <p>
              {name} orders its {platformFeedName[m.platform]} by how people engage with posts (time spent,
              shares, replies, likes), not by follower counts. Followers help because they give a new post its
              first engaged viewers; a following list full of accounts that ignore you does not. Bursts of
              follows or unfollows can look automated and get an account limited.
            </p>
          )}
        </div>
      </Card>
      <Card title="Growth strategies">
        <div className="guide-section">
          <p>
            Post steadily, at the times your audience is online; follow back the fans who engage; put new
            follows in the niches that follow back; review follows that never reciprocate at a steady daily
            pace.{' '}
            {m.platform === 'tiktok'
              ? ''
              : `Import a fresh ${name} export every month or so to see who came and went.`}
          </p>
          <div className="row">
            <Button variant="primary" icon="tips" onClick={() => navigate('tips')}>
              See your tips
            </Button>
            <Button icon="suggestions" onClick={() => navigate('suggestions')}>
              Open suggestions
            </Button>
          </div>
        </div>
      </Card>
    </div>
  );
}

export function GuidePage() {
  const { accountId } = useAccount();
  const ref = accountId === null ? null : { accountId };
  const { data, error, refetch } = useCall('adviceMetrics', ref);
  const summary = useCall('summary', ref);
  const facts = useCall('audienceOverview', ref);
  return (
    <div className="page" data-testid="page-guide">
      <PageHeader
        title="Guide"
        description="Followers vs following: what each one does for you, shown with your own numbers."
      />
      {accountId === null ? (
        <NoAccount what="the guide with your numbers" />
      ) : error ? (
        <ErrorBanner error={error} onRetry={refetch} />
      ) : data && summary.data && facts.data ? (
        <Guide m={data} summary={summary.data} facts={facts.data} />
      ) : data === null ? (
        <NoAccount what="the guide with your numbers" />
      ) : null}
    </div>
  );
}
