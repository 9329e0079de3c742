// Provides the query cache to the app and marks cached answers stale when the service reports a write.
// One subscription for the whole app: the pages only read the cache.
import { QueryClientProvider, type Query } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { parseHash } from '../app/router';
import { useBridgeEvent } from '../app/useBridgeEvent';
import { createQueryClient } from './queryClient';
import { refetchStaleOf } from './pageQueries';
import { changedBy } from './queryKey';

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  useBridgeEvent('data-changed', (event) => {
    // Every answer the write touched is stale; those of the page on screen are asked for again now (the
    // old one stays on screen meanwhile), a hidden page's when it is shown again (app/KeptPages), and
    // one no page shows on its next use.
    const stale = (query: Query) => changedBy(event, query);
    void client.invalidateQueries({ predicate: stale, refetchType: 'none' });
    void refetchStaleOf(client, parseHash(window.location.hash).page);
  });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
