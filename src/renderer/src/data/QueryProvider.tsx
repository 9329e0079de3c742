// Provides the query cache to the app and marks cached answers stale when the service reports a write.
// One subscription for the whole app: the pages only read the cache.
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useBridgeEvent } from '../app/useBridgeEvent';
import { createQueryClient } from './queryClient';
import { changedBy } from './queryKey';

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  useBridgeEvent('data-changed', (event) => {
    // Shown answers refetch now (the old one stays on screen meanwhile); hidden ones on their next visit.
    void client.invalidateQueries({ predicate: (query) => changedBy(event, query) });
  });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
