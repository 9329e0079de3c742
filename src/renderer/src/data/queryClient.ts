// The renderer's one cache of service answers. A cached answer stays fresh until the service says the
// data behind it changed (every write sends a `data-changed` event, see QueryProvider), so a page
// revisit paints from the cache without asking the service again.
import { QueryClient } from '@tanstack/react-query';

/** Cached answers no page shows are dropped after this long (a revisit within it is instant). */
const UNUSED_FOR_MS = 15 * 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Nothing but the service writes the database, and it announces every write.
        staleTime: Infinity,
        gcTime: UNUSED_FOR_MS,
        // A failed call fails the same way again (bad input, missing account): show it at once.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
