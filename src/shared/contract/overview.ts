import type { AccountSummary } from '../domain';
import { accountRef, call } from './define';

export const overviewCalls = {
  /** Headline numbers of the account's latest snapshot (what `followscope summary` prints). */
  summary: call<AccountSummary>()(accountRef),
} as const;
