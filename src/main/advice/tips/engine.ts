// Runs every rule over the metrics, and turns tips into what the Tips page shows: with the user's
// dismiss/snooze state and a "new since last import" flag (fires now, did not fire on the previous
// snapshot's metrics).
import type { Tip, TipPriority, TipView } from '../../../shared/domain/advice';
import { platformHas } from '../../../shared/domain/platform';
import type { AccountMetrics } from '../metrics';
import type { TipStateRow } from '../store';
import { tipRules } from './registry';
import type { RuleContext, TipRule } from './rule';

const priorityRank: Record<TipPriority, number> = { high: 0, medium: 1, low: 2 };

export function evaluateTips(
  m: AccountMetrics,
  ctx: RuleContext,
  rules: readonly TipRule[] = tipRules,
): Tip[] {
  const tips: Tip[] = [];
  for (const rule of rules) {
    if (!ruleApplies(rule, m)) continue;
    const tip = rule.evaluate(m, ctx);
    if (tip) tips.push(tip);
  }
  // Stable sort: priority first, then registry order.
  return tips.sort((a, b) => priorityRank[a.priority] - priorityRank[b.priority]);
}

/** Whether the account's platform can feed the rule at all (see TipRule.needs). */
export function ruleApplies(rule: TipRule, m: AccountMetrics): boolean {
  return (rule.needs ?? []).every((c) => platformHas(m.platform, c));
}

export function viewTips(
  current: readonly Tip[],
  previous: readonly Tip[] | null,
  states: ReadonlyMap<string, TipStateRow>,
  now: number,
): TipView[] {
  const before = new Set(previous?.map((t) => t.id) ?? []);
  return current.map((tip) => {
    const s = states.get(tip.id);
    const snoozed = s?.state === 'snoozed' && s.until !== null && s.until > now;
    return {
      ...tip,
      status: s?.state === 'dismissed' ? 'dismissed' : snoozed ? 'snoozed' : 'active',
      snoozedUntil: snoozed ? new Date(s.until!).toISOString() : null,
      isNew: previous !== null && !before.has(tip.id),
    };
  });
}
