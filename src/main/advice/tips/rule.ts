// A tip rule reads AccountMetrics and returns a tip (with the creator's own numbers as evidence) or
// nothing. Rules are pure: same metrics and clock, same answer; they never touch the database.
import type { AccountMetrics } from '../metrics';
import type { Tip, TipDimension } from '../../../shared/domain/advice';
import type { ExportCapability } from '../../../shared/domain/platform';

export interface RuleContext {
  /** The clock the rule may compare asOf with (stale data); epoch ms. */
  now: number;
}

export interface TipRule {
  id: string;
  dimension: TipDimension;
  /**
   * What the rule reads beyond the follower and following lists. The engine runs it only for accounts
   * whose platform's export can carry all of it (an X account gets no posting-time advice).
   */
  needs?: readonly ExportCapability[];
  evaluate(m: AccountMetrics, ctx: RuleContext): Tip | null;
}

/** Buffer's fixed-effects analysis of 11.4M TikTok posts from 150k+ accounts (Julian Winternheimer). */
export const bufferCadenceStudy = {
  title: "Buffer's analysis of 11.4 million TikTok posts from over 150,000 accounts",
  finding:
    'Compared with posting once a week, 2–5 posts a week gave about 17% more views per post, 6–10 about 29% and 11+ about 34%; the steepest gain is from 1 to 2–5 posts a week.',
};
