// Priority scales with the size of the effect and of the account: a strong effect on an account with an
// audience to grow is high; the same numbers on a small personal account (a few dozen followers, where
// one unfollow is a percent) are worth one step less.
import type { TipPriority } from '../../../shared/domain/advice';

/** Below this many followers an account is treated as small (personal) when ranking tips. */
export const SMALL_ACCOUNT_FOLLOWERS = 1_000;

const steps: TipPriority[] = ['low', 'medium', 'high'];

/**
 * `effect`: how strong the rule's own measure is; lowered a step for a small account. With the follower
 * count unknown (no export carried the list) the account's size says nothing, so the effect alone ranks.
 */
export function scaledPriority(effect: TipPriority, followers: number | null): TipPriority {
  const i = steps.indexOf(effect);
  return followers !== null && followers < SMALL_ACCOUNT_FOLLOWERS ? steps[Math.max(0, i - 1)]! : effect;
}
