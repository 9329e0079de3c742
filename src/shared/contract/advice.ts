// Advice calls: strategy tips, suggestion lists, the niche profile, tag rules, settings, the follower
// goal and its forecast.
import { z } from 'zod';
import type {
  AccountMetrics,
  AdviceSettings,
  Forecast,
  NicheProfile,
  SuggestionResult,
  TagMetric,
  TagRule,
  TipList,
} from '../domain';
import { suggestionLists } from '../domain/advice';
import { accountRef, calendarDay, call, id } from './define';
import { timeZoneName } from './settings';

const list = z.enum(suggestionLists as unknown as ['follow-back', 'niche', 'review', 'reconnect']);
const username = z.string().min(1).max(200);
const term = z.string().trim().min(1).max(80);
const tag = z.string().trim().min(1).max(60);

export const adviceCalls = {
  /**
   * Current tips, with dismissed/snoozed ones marked (the page filters), newest snapshot, and the zone
   * their hours and weekdays are in (default: the product's zone from Settings).
   */
  tips: call<TipList>()(z.object({ accountId: id, timeZone: timeZoneName.optional() }).strict()),
  setTipState: call<{ updated: boolean }>()(
    z
      .object({
        accountId: id,
        tipId: z.string().min(1).max(100),
        state: z.enum(['active', 'dismissed', 'snoozed']),
        /** Snooze length; default 14 days. */
        snoozeDays: z.number().int().min(1).max(365).optional(),
      })
      .strict(),
  ),
  suggestions: call<SuggestionResult>()(
    z.object({ accountId: id, list, limit: z.number().int().min(1).max(100_000).optional() }).strict(),
  ),
  dismissSuggestions: call<{ updated: number }>()(
    z
      .object({
        accountId: id,
        list,
        usernames: z.array(username).min(1).max(100_000),
        dismissed: z.boolean(),
      })
      .strict(),
  ),
  /** The whole list (dismissed rows left out) as CSV text, CRLF line ends. */
  suggestionsCsv: call<{ filename: string; csv: string }>()(z.object({ accountId: id, list }).strict()),
  nicheProfile: call<NicheProfile>()(accountRef),
  editNiche: call<NicheProfile>()(
    z.object({ accountId: id, action: z.enum(['add', 'remove', 'pin', 'unpin', 'restore']), term }).strict(),
  ),
  tagRules: call<{ rules: TagRule[]; tags: TagMetric[] }>()(accountRef),
  addTagRule: call<{ rules: TagRule[]; tags: TagMetric[] }>()(
    z
      .object({
        accountId: id,
        tag,
        field: z.enum(['username', 'displayName', 'either']).default('either'),
        contains: z.string().trim().min(1).max(60),
      })
      .strict(),
  ),
  deleteTagRule: call<{ rules: TagRule[]; tags: TagMetric[] }>()(
    z.object({ accountId: id, ruleId: id }).strict(),
  ),
  adviceSettings: call<AdviceSettings>()(accountRef),
  setAdviceSettings: call<AdviceSettings>()(
    z
      .object({
        accountId: id,
        reviewAfterDays: z.number().int().min(1).max(3650).optional(),
        dailyUnfollowCap: z.number().int().min(1).max(1000).optional(),
        nicheShareTarget: z.number().min(0).max(1).optional(),
      })
      .strict(),
  ),
  /** Sets (or with target null, clears) the follower goal. */
  setFollowerGoal: call<Forecast>()(
    z
      .object({
        accountId: id,
        target: z.number().int().min(1).max(1e10).nullable(),
        deadline: calendarDay.nullable().optional(),
      })
      .strict(),
  ),
  /** Goal, models and chart points (history + projection with bands) for the Growth chart. */
  forecast: call<Forecast>()(accountRef),
  /** The numbers behind the tips, for the guide page; null before the first import. */
  adviceMetrics: call<AccountMetrics | null>()(accountRef),
} as const;
