// Advice calls: strategy tips, suggestion lists, the niche profile, tag rules, settings, the follower
// goal and its forecast.
import * as z from 'zod/mini';
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
const username = z.string().check(z.minLength(1), z.maxLength(200));
const term = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const tag = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

export const adviceCalls = {
  /**
   * Current tips, with dismissed/snoozed ones marked (the page filters), newest snapshot, and the zone
   * their hours and weekdays are in (default: the product's zone from Settings).
   */
  tips: call<TipList>()(z.strictObject({ accountId: id, timeZone: z.optional(timeZoneName) })),
  setTipState: call<{ updated: boolean }>()(
    z.strictObject({
      accountId: id,
      tipId: z.string().check(z.minLength(1), z.maxLength(100)),
      state: z.enum(['active', 'dismissed', 'snoozed']),
      /** Snooze length; default 14 days. */
      snoozeDays: z.optional(z.int().check(z.minimum(1), z.maximum(365))),
    }),
  ),
  suggestions: call<SuggestionResult>()(
    z.strictObject({
      accountId: id,
      list,
      limit: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
    }),
  ),
  dismissSuggestions: call<{ updated: number }>()(
    z.strictObject({
      accountId: id,
      list,
      usernames: z.array(username).check(z.minLength(1), z.maxLength(100_000)),
      dismissed: z.boolean(),
    }),
  ),
  /** The whole list (dismissed rows left out) as CSV text, CRLF line ends. */
  suggestionsCsv: call<{ filename: string; csv: string }>()(z.strictObject({ accountId: id, list })),
  nicheProfile: call<NicheProfile>()(accountRef),
  editNiche: call<NicheProfile>()(
    z.strictObject({ accountId: id, action: z.enum(['add', 'remove', 'pin', 'unpin', 'restore']), term }),
  ),
  tagRules: call<{ rules: TagRule[]; tags: TagMetric[] }>()(accountRef),
  addTagRule: call<{ rules: TagRule[]; tags: TagMetric[] }>()(
    z.strictObject({
      accountId: id,
      tag,
      field: z._default(z.enum(['username', 'displayName', 'either']), 'either'),
      contains: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    }),
  ),
  deleteTagRule: call<{ rules: TagRule[]; tags: TagMetric[] }>()(
    z.strictObject({ accountId: id, ruleId: id }),
  ),
  adviceSettings: call<AdviceSettings>()(accountRef),
  setAdviceSettings: call<AdviceSettings>()(
    z.strictObject({
      accountId: id,
      reviewAfterDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
      dailyUnfollowCap: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
      nicheShareTarget: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    }),
  ),
  /** Sets (or with target null, clears) the follower goal. */
  setFollowerGoal: call<Forecast>()(
    z.strictObject({
      accountId: id,
      target: z.nullable(z.int().check(z.minimum(1), z.maximum(1e10))),
      deadline: z.optional(z.nullable(calendarDay)),
    }),
  ),
  /** Goal, models and chart points (history + projection with bands) for the Growth chart. */
  forecast: call<Forecast>()(accountRef),
  /** The numbers behind the tips, for the guide page; null before the first import. */
  adviceMetrics: call<AccountMetrics | null>()(accountRef),
} as const;
