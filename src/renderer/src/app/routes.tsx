// The pages of the app: sidebar label, icon, component, and whether the page needs an account (those
// show the welcome screen until the first import). Add a page here and in router.tsx's pageIds.
import type { ComponentType } from 'react';
import type { IconName } from '../components/Icon';
import { AudiencePage } from '../pages/AudiencePage';
import { EngagementPage } from '../pages/EngagementPage';
import { GalleryPage } from '../pages/GalleryPage';
import { GrowthPage } from '../pages/GrowthPage';
import { GuidePage } from '../pages/GuidePage';
import { ImportsPage } from '../pages/ImportsPage';
import { OverviewPage } from '../pages/OverviewPage';
import { SettingsPage } from '../pages/SettingsPage';
import { SuggestionsPage } from '../pages/SuggestionsPage';
import { TipsPage } from '../pages/TipsPage';
import type { PageId } from './router';

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
