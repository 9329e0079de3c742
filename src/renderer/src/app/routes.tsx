// The pages of the app: sidebar label, icon, component, and whether the page needs an account (those
// show the welcome screen until the first import). Add a page here and in router.tsx's pageIds.
import { lazy, type ComponentType } from 'react';
import type { IconName } from '../components/Icon';
import type { PageId } from './router';

// Each page is its own chunk, loaded on its first visit: the first screen does not wait for the code
// (and the chart library) of pages the user has not opened.
const AudiencePage = lazy(() => import('../pages/AudiencePage').then((m) => ({ default: m.AudiencePage })));
const EngagementPage = lazy(() =>
  import('../pages/EngagementPage').then((m) => ({ default: m.EngagementPage })),
);
const GalleryPage = lazy(() => import('../pages/GalleryPage').then((m) => ({ default: m.GalleryPage })));
const GrowthPage = lazy(() => import('../pages/GrowthPage').then((m) => ({ default: m.GrowthPage })));
const GuidePage = lazy(() => import('../pages/GuidePage').then((m) => ({ default: m.GuidePage })));
const ImportsPage = lazy(() => import('../pages/ImportsPage').then((m) => ({ default: m.ImportsPage })));
const OverviewPage = lazy(() => import('../pages/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const SettingsPage = lazy(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const SuggestionsPage = lazy(() =>
  import('../pages/SuggestionsPage').then((m) => ({ default: m.SuggestionsPage })),
);
const TipsPage = lazy(() => import('../pages/TipsPage').then((m) => ({ default: m.TipsPage })));

export interface PageDef {
  id: PageId;
  label: string;
  icon: IconName;
  component: ComponentType;
  needsAccount: boolean;
  /** Sidebar group; pages without one are reachable by URL only. */
  section: 'Insights' | 'Strategy' | 'Data' | null;
}

const def = (
  id: PageId,
  label: string,
  icon: IconName,
  component: ComponentType,
  needsAccount: boolean,
  section: PageDef['section'],
): PageDef => ({ id, label, icon, component, needsAccount, section });

export const pages: readonly PageDef[] = [
  def('overview', 'Overview', 'overview', OverviewPage, true, 'Insights'),
  def('growth', 'Growth', 'growth', GrowthPage, true, 'Insights'),
  def('audience', 'Audience', 'audience', AudiencePage, true, 'Insights'),
  def('engagement', 'Engagement', 'engagement', EngagementPage, true, 'Insights'),
  def('suggestions', 'Suggestions', 'suggestions', SuggestionsPage, true, 'Strategy'),
  def('tips', 'Tips', 'tips', TipsPage, true, 'Strategy'),
  def('guide', 'Guide', 'guide', GuidePage, false, 'Strategy'),
  def('imports', 'Imports', 'imports', ImportsPage, false, 'Data'),
  def('settings', 'Settings', 'settings', SettingsPage, false, 'Data'),
  def('gallery', 'Gallery', 'sparkles', GalleryPage, false, null),
];

export function pageDef(id: PageId): PageDef {
  return pages.find((p) => p.id === id) ?? (pages[0] as PageDef);
}
