// Engagement: whether the reach works. TikTok Studio's daily views and interactions, the account
// exports' likes per post and posting cadence, the best time to post, hashtags and sounds, interests,
// and the creator's own activity, one tab each (the tab lives in the URL: #/engagement?tab=timing).
import type { ReactNode } from 'react';
import { useAccount } from '../app/AccountContext';
import { navigate, useShownRoute } from '../app/router';
import { useCall } from '../app/useCall';
import { usePlatform } from '../app/usePlatform';
import { PlatformNote } from '../components/PlatformNote';
import { noPostsNote } from '../platformNotes';
import { Card } from '../components/Card';
import { EmptyState } from '../components/EmptyState';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHeader } from '../components/PageHeader';
import { Tabs } from '../components/Tabs';
import { ActivitySection } from './engagement/ActivitySection';
import { BestTimeSection } from './engagement/BestTimeSection';
import { PostsSection } from './engagement/PostsSection';
import { StudioSection } from './engagement/StudioSection';
import { TagsSection } from './engagement/TagsSection';
import './engagement/engagement.css';

const tabs = [
  { id: 'studio', label: 'TikTok Studio' },
  { id: 'posts', label: 'Posts & cadence' },
  { id: 'timing', label: 'Best time to post' },
  { id: 'tags', label: 'Hashtags & interests' },
  { id: 'activity', label: 'Your activity' },
] as const;
type TabId = (typeof tabs)[number]['id'];

const isTab = (v: string | null): v is TabId => tabs.some((t) => t.id === v);

export function EngagementPage() {
  const { accountId } = useAccount();
  const platform = usePlatform();
  if (accountId !== null && !platform.has('posts'))
    return (
      <div className="page" data-testid="page-engagement">
        <PageHeader
          title="Engagement"
          description="How your posts perform, and when your audience responds best."
        />
        <Card>
          <PlatformNote>{noPostsNote(platform.platform)}</PlatformNote>
        </Card>
      </div>
    );
  return <EngagementTabs accountId={accountId} />;
}

function EngagementTabs({ accountId }: { accountId: number | null }) {
  const route = useShownRoute();
  const input = accountId === null ? null : { accountId };
  const studio = useCall('studioMetrics', input);
  const requested = route.params.get('tab');
  // Without a tab in the URL: Studio when there are Studio downloads, else the posts.
  const tab: TabId = isTab(requested) ? requested : studio.data === null ? 'posts' : 'studio';

  return (
    <div className="page" data-testid="page-engagement">
      <PageHeader
        title="Engagement"
        description="How your posts perform, and when your audience responds best."
      />
      <Tabs
        tabs={tabs}
        value={tab}
        onChange={(id) => navigate('engagement', { tab: id })}
        label="Engagement views"
      />
      {accountId !== null && (
        <div role="tabpanel" aria-label={tabs.find((t) => t.id === tab)!.label}>
          {tab === 'studio' && (
            <Loaded state={studio} what="Studio metrics">
              {(data) => (data ? <StudioSection studio={data} /> : <NoStudio />)}
            </Loaded>
          )}
          {tab === 'posts' && <PostsTab accountId={accountId} />}
          {tab === 'timing' && <BestTimeSection accountId={accountId} />}
          {tab === 'tags' && <TagsTab accountId={accountId} />}
          {tab === 'activity' && <ActivityTab accountId={accountId} />}
        </div>
      )}
    </div>
  );
}

function PostsTab({ accountId }: { accountId: number }) {
  const posts = useCall('postAnalytics', { accountId });
  const cadence = useCall('cadenceAnalysis', { accountId });
  return (
    <Loaded state={posts} what="post analytics">
      {(p) =>
        p.posts === 0 ? (
          <Card>
            <EmptyState
              icon="engagement"
              title="No posts yet"
              description="Your account exports list no posts. Import an export made after you posted."
            />
          </Card>
        ) : (
          <Loaded state={cadence} what="posting cadence">
            {(c) => <PostsSection posts={p} cadence={c} />}
          </Loaded>
        )
      }
    </Loaded>
  );
}

function TagsTab({ accountId }: { accountId: number }) {
  const tags = useCall('tagsAndSounds', { accountId });
  const interests = useCall('interestProfile', { accountId });
  return (
    <Loaded state={tags} what="hashtags">
      {(t) => (
        <Loaded state={interests} what="interests">
          {(i) => <TagsSection tags={t} interests={i} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function ActivityTab({ accountId }: { accountId: number }) {
  const activity = useCall('yourActivity', { accountId });
  return (
    <Loaded state={activity} what="your activity">
      {(a) =>
        a.days.length === 0 ? (
          <Card>
            <EmptyState
              icon="engagement"
              title="No activity in your exports"
              description="Your exports hold no likes, comments, shares or watch history."
            />
          </Card>
        ) : (
          <ActivitySection activity={a} />
        )
      }
    </Loaded>
  );
}

function NoStudio() {
  return (
    <Card>
      <EmptyState
        icon="engagement"
        title="No TikTok Studio downloads yet"
        description="In TikTok Studio, open Analytics and use Download data on the Overview, Viewers, Followers and Content tabs, then import the files here. Views, profile views and audience come only from there."
        testId="studio-empty"
      />
    </Card>
  );
}

/** Shows the error, nothing while the first answer is on its way, then the content. */
function Loaded<T>({
  state,
  what,
  children,
}: {
  state: { data: T | undefined; error: Error | null; refetch(): void };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (state.error)
    return <ErrorBanner error={state.error} title={`Could not load ${what}`} onRetry={state.refetch} />;
  if (state.data === undefined)
    return (
      <p className="muted" aria-busy="true">
        Loading {what}…
      </p>
    );
  return <>{children(state.data)}</>;
}
