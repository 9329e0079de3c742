// The pages of the app: sidebar label, icon, component, and whether the page needs an account (those
// show the welcome screen until the first import). Add a page here and in router.tsx's pageIds.
import { lazy, type ComponentType } from 'react';
import type { IconName } from '../components/Icon';
import type { PageId } from './router';

// Each page is its own chunk, loaded on its first visit, or earlier when the app is idle
// (prefetchPageCode): the first screen does not wait for the code (and the chart library) of pages the
// user has not opened.
const loaders = {
  overview: () => import('../pages/OverviewPage').then((m) => ({ default: m.OverviewPage })),
  growth: () => import('../pages/GrowthPage').then((m) => ({ default: m.GrowthPage })),
  audience: () => import('../pages/AudiencePage').then((m) => ({ default: m.AudiencePage })),
  engagement: () => import('../pages/EngagementPage').then((m) => ({ default: m.EngagementPage })),
  suggestions: () => import('../pages/SuggestionsPage').then((m) => ({ default: m.SuggestionsPage })),
  tips: () => import('../pages/TipsPage').then((m) => ({ default: m.TipsPage })),
  guide: () => import('../pages/GuidePage').then((m) => ({ default: m.GuidePage })),
  imports: () => import('../pages/ImportsPage').then((m) => ({ default: m.ImportsPage })),
  settings: () => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  gallery: () => import('../pages/GalleryPage').then((m) => ({ default: m.GalleryPage })),
} satisfies Record<PageId, () => Promise<{ default: ComponentType }>>;

/** Loads a page's code (and the chunks it imports) without showing it; loading twice costs nothing. */
export function loadPageCode(id: PageId): Promise<unknown> {
  return loaders[id]();
}

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
  needsAccount: boolean,
  section: PageDef['section'],
): PageDef => ({ id, label, icon, component: lazy(loaders[id]), needsAccount, section });

export const pages: readonly PageDef[] = [
  def('overview', 'Overview', 'overview', true, 'Insights'),
  def('growth', 'Growth', 'growth', true, 'Insights'),
  def('audience', 'Audience', 'audience', true, 'Insights'),
  def('engagement', 'Engagement', 'engagement', true, 'Insights'),
  def('suggestions', 'Suggestions', 'suggestions', true, 'Strategy'),
  def('tips', 'Tips', 'tips', true, 'Strategy'),
  def('guide', 'Guide', 'guide', false, 'Strategy'),
  def('imports', 'Imports', 'imports', false, 'Data'),
  def('settings', 'Settings', 'settings', false, 'Data'),
  def('gallery', 'Gallery', 'sparkles', false, null),
];

export function pageDef(id: PageId): PageDef {
  return pages.find((p) => p.id === id) ?? (pages[0] as PageDef);
}
