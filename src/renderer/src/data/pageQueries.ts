// Which page asked for a cached answer. Pages stay mounted once visited (app/KeptPages), hidden while
// another is shown, and their answers stay observed, so after a write only the answers of the page on
// screen (and of the app's frame: accounts, data age) are asked for again at once; a hidden page's
// answers are only marked stale and asked for when it is shown again. Otherwise every write (a keep on
// Suggestions) would recompute every page visited so far, in the background, while the user works.
import type { Query, QueryClient } from '@tanstack/react-query';
import type { PageId } from '../app/router';
import type { CallMeta } from './queryKey';

/** Whether a page (or the app's frame, which every page shows) observes this answer. */
export function observedBy(query: Query, page: PageId): boolean {
  return query.observers.some((observer) => {
    const asker = (observer.options.meta as CallMeta | undefined)?.page;
    return asker === undefined || asker === page;
  });
}

/** Asks again for the answers a write made stale that `page` shows (an answer on its way is kept). */
export function refetchStaleOf(client: QueryClient, page: PageId): Promise<void> {
  return client.refetchQueries(
    { type: 'active', predicate: (query) => query.state.isInvalidated && observedBy(query, page) },
    { cancelRefetch: false },
  );
}
