// TikTok Studio metrics for the Engagement page, over the tables of migration 002 (read through the
// Studio queries): daily views and interactions with engagement rates, profile-view → follower
// conversion, new vs returning viewers, audience shares and top content; plus Studio's follower
// history for the Growth page.
import type {
  StudioDailyPoint,
  StudioFollowerPoint,
  StudioEngagement,
  StudioShareRow,
  StudioTopContent,
  StudioTotals,
} from '../../../shared/domain';
import type { Db } from '../../db/open';
import {
  studioDailySeries,
  studioLatestDistributions,
  studioSummary,
  studioTopContent,
} from '../../db/queries/studio';
import { ratio } from './stats';

type Nullable = number | null;

/** likes + comments + shares; null when the day has none of the three. */
export function interactions(likes: Nullable, comments: Nullable, shares: Nullable): Nullable {
  const known = [likes, comments, shares].filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** Mean of the known values; null when none is known. */
function meanOf(values: Nullable[]): Nullable {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

const sumOf = (values: Nullable[]): number => values.reduce<number>((t, v) => t + (v ?? 0), 0);

export function studioMetrics(db: Db, accountId: number): StudioEngagement | null {
  const summary = studioSummary(db, accountId);
  if (!summary) return null;
  const series = studioDailySeries(db, accountId);
  const daily: StudioDailyPoint[] = series.map((d) => {
    const engaged = interactions(d.likes, d.comments, d.shares);
    return {
      day: d.day,
      videoViews: d.videoViews,
      profileViews: d.profileViews,
      likes: d.likes,
      comments: d.comments,
      shares: d.shares,
      engagementRateByViews: ratio(engaged, d.videoViews),
      engagementRateByFollowers: ratio(engaged, d.followers),
      followers: d.followers,
      netFollowers: d.netFollowers,
      newViewers: d.newViewers,
      returningViewers: d.returningViewers,
    };
  });

  const nets = daily.map((d) => d.netFollowers).filter((v): v is number => v !== null);
  const followerGain = nets.length > 0 ? sumOf(nets) : null;
  const totals: StudioTotals = {
    days: summary.days,
    from: summary.from,
    to: summary.to,
    videoViews: summary.videoViews ?? 0,
    profileViews: summary.profileViews ?? 0,
    likes: summary.likes ?? 0,
    comments: summary.comments ?? 0,
    shares: summary.shares ?? 0,
    engagementRateByViews: summary.engagementRateByViews,
    engagementRateByFollowers: meanOf(daily.map((d) => d.engagementRateByFollowers)),
    profileViewConversion: ratio(followerGain, summary.profileViews),
    newViewers: sumOf(daily.map((d) => d.newViewers)),
    returningViewers: sumOf(daily.map((d) => d.returningViewers)),
    followerGain,
  };

  const distributions = studioLatestDistributions(db, accountId);
  const share = (kind: 'gender' | 'territory'): StudioShareRow[] =>
    distributions.filter((d) => d.kind === kind).map((d) => ({ key: d.key, share: d.share }));
  const topContent: StudioTopContent[] = studioTopContent(db, accountId).map((c) => ({
    title: c.title,
    link: c.link,
    postedDay: c.postedDay,
    views: c.views,
    likes: c.likes,
    comments: c.comments,
    shares: c.shares,
    engagementRate: ratio(interactions(c.likes, c.comments, c.shares), c.views),
  }));
  return { totals, daily, gender: share('gender'), territories: share('territory'), topContent };
}

/** Studio's daily follower count and change, ascending, for the days that have either. */
export function studioFollowerSeries(db: Db, accountId: number): StudioFollowerPoint[] {
  return studioDailySeries(db, accountId)
    .filter((d) => d.followers !== null || d.netFollowers !== null)
    .map((d) => ({ day: d.day, followers: d.followers, netFollowers: d.netFollowers }));
}
