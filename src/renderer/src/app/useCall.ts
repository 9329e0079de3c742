// Calls a bridge method from a component, with loading and error state, and fetches again whenever the
// backend says the data changed (an import, a delete). The result of the previous call stays on screen
// while a refetch of the same input runs, so pages do not flash.
import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallResult } from '../../../shared/contract';
import type { DataChangedEvent } from '../../../shared/bridge';
import { useBridgeEvent } from './useBridgeEvent';

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
  /** Refetch on `data-changed` events (default: true). Return false from a function to ignore one. */
  refetchOnChange?: boolean | ((event: DataChangedEvent) => boolean);
}

interface Settled<T> {
  tag: string;
  key: string;
  data: T | undefined;
  error: Error | null;
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
  const key = input === null ? null : JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<CallResult<K>> | null>(null);
  const tag = key === null ? null : `${name}|${version}|${key}`;

  useEffect(() => {
    if (key === null || tag === null) return;
    let live = true;
    const method = window.followscope[name] as unknown as (input: unknown) => Promise<CallResult<K>>;
    method(JSON.parse(key)).then(
      (data) => live && setSettled({ tag, key, data, error: null }),
      (error: unknown) =>
        live &&
        setSettled((prev) => ({
          tag,
          key,
          data: prev?.key === key ? prev.data : undefined,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    );
    return () => {
      live = false;
    };
  }, [name, key, tag]);

  const refetch = useCallback(() => setVersion((v) => v + 1), []);
  const { refetchOnChange = true } = options;
  useBridgeEvent('data-changed', (event) => {
    const wanted = typeof refetchOnChange === 'function' ? refetchOnChange(event) : refetchOnChange;
    if (wanted) refetch();
  });

  const current = settled !== null && settled.key === key;
  return {
    data: current ? settled.data : undefined,
    error: current ? settled.error : null,
    loading: tag !== null && settled?.tag !== tag,
    refetch,
  };
}
