// How a service answer is keyed in the cache: [call, accountId, input]. The account sits on its own so
// an event about one account refreshes only that account's answers.
import type { Query } from '@tanstack/react-query';
import type { CallInput, CallName } from '../../../shared/contract';
import type { DataChangedEvent } from '../../../shared/bridge';
import type { PageId } from '../app/router';

export type CallKey = readonly [CallName, number | null, unknown];

export function callKey<K extends CallName>(name: K, input: CallInput<K>): CallKey {
  const accountId = (input as { accountId?: unknown }).accountId;
  return [name, typeof accountId === 'number' ? accountId : null, input];
}

/** Per-query options read when an event arrives. */
export interface CallMeta extends Record<string, unknown> {
  /** False for answers no write changes (the app's version and paths). */
  refetchOnChange?: boolean;
  /** The page that asked (per observer; none for the app's frame), see pageQueries. */
  page?: PageId;
}

/**
 * Whether a data-changed event makes a cached answer stale: an event naming no account (settings,
 * restore, account removal) reaches every answer; one naming an account reaches that account's answers
 * and those not tied to an account (the account list).
 */
export function changedBy(event: DataChangedEvent, query: Query): boolean {
  if ((query.meta as CallMeta | undefined)?.refetchOnChange === false) return false;
  const accountId = query.queryKey[1];
  return event.accountId === null || accountId === null || accountId === event.accountId;
}
