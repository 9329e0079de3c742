// Calls a bridge method from a component through the app's query cache (data/): answers are keyed by
// [call, accountId, input], shared by every component that asks the same, kept across page switches,
// and refetched when the service reports a write. While a refetch runs the previous answer stays on
// screen, so pages do not flash.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CallInput, CallName, CallResult } from '../../../shared/contract';
import { callKey, type CallMeta } from '../data/queryKey';
import { useKeptPage } from './keptPage';

export interface CallState<T> {
  /** The last result for this input (undefined before the first one arrives). */
  data: T | undefined;
  /** The error of the last attempt (its `message` is written for people: show it). */
  error: Error | null;
  /** True while a call for the current input is under way. */
  loading: boolean;
  /** Calls again (e.g. a "Retry" button). */
  refetch(): void;
}

export interface CallOptions {
  /** Refetch after the service reports a write (default: true). */
  refetchOnChange?: boolean;
}

/**
 * `const { data, error, loading } = useCall('listSnapshots', accountId ? { accountId } : null)`.
 * Pass `null` as input to skip the call (e.g. while no account is chosen).
 */
export function useCall<K extends CallName>(
  name: K,
  input: CallInput<K> | null,
  options: CallOptions = {},
): CallState<CallResult<K>> {
  // Which page asks: a hidden page's answers wait for it to be shown again (data/pageQueries).
  const page = useKeptPage();
  const meta: CallMeta = { refetchOnChange: options.refetchOnChange ?? true, page };
  const query = useQuery({
    queryKey: input === null ? [name, null, null] : callKey(name, input),
    queryFn: () => {
      const method = window.followscope[name] as unknown as (input: unknown) => Promise<CallResult<K>>;
      return method(input);
    },
    enabled: input !== null,
    meta,
  });
  const { refetch: refetchQuery } = query;
  const refetch = useCallback(() => void refetchQuery(), [refetchQuery]);
  return {
    data: input === null ? undefined : query.data,
    error: input === null ? null : query.error,
    loading: input !== null && query.isFetching,
    refetch,
  };
}
