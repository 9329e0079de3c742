import { useEffect, useRef } from 'react';
import type { BridgeEvent } from '../../../shared/bridge';

type EventOf<T extends BridgeEvent['type']> = Extract<BridgeEvent, { type: T }>;

/**
 * Subscribes to one kind of bridge event ('import-progress' | 'data-changed' | 'menu') for the life of
 * the component. The listener may change between renders without resubscribing.
 */
export function useBridgeEvent<T extends BridgeEvent['type']>(
  type: T,
  listener: (event: EventOf<T>) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(
    () =>
      window.followscope.onEvent((event) => {
        if (event.type === type) latest.current(event as EventOf<T>);
      }),
    [type],
  );
}
