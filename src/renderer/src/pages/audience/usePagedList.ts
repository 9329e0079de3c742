// Server-paged rows for a virtualized table: pages are fetched when they scroll into view and kept
// until the selection (list, snapshot, sort, search, filters) or the data changes. A million-row list
// costs the renderer only the pages the user has looked at.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import type { AudiencePage, AudienceRow } from '../../../../shared/domain';
import { useBridgeEvent } from '../../app/useBridgeEvent';

export const PAGE_SIZE = 200;
export type ListSelector = Omit<CallInput<'audienceList'>, 'offset' | 'limit'>;

export interface PagedList {
  total: number | null;
  window: AudiencePage['window'];
  row(index: number): AudienceRow | undefined;
  /** Asks for the pages covering rows [from, to]. */
  ensure(from: number, to: number): void;
  /** Changes one loaded row in place (after keep/tag/note edits). */
  patch(username: string, change: Partial<AudienceRow>): void;
  error: Error | null;
  reload(): void;
}

interface Loaded {
  tag: string;
  total: number;
  window: AudiencePage['window'];
  error: Error | null;
  /** Bumped when a page arrives or a row is patched, to re-render. */
  version: number;
}

export function usePagedList(selector: ListSelector | null): PagedList {
  const key = selector ? JSON.stringify(selector) : null;
  const [generation, setGeneration] = useState(0);
  const tag = key === null ? null : `${generation}#${key}`;
  // One cache per selection: a new selection starts from an empty one, the old one is dropped.
  const cache = useMemo(
    () => ({ tag, pages: new Map<number, AudienceRow[]>(), pending: new Set<number>() }),
    [tag],
  );
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const current = loaded?.tag === tag ? loaded : null;

  const load = useCallback(
    (page: number) => {
      if (key === null || cache.tag === null || cache.pages.has(page) || cache.pending.has(page)) return;
      cache.pending.add(page);
      const input = { ...(JSON.parse(key) as ListSelector), offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      const cacheTag = cache.tag;
      window.followscope.audienceList(input).then(
        (result) => {
          cache.pending.delete(page);
          cache.pages.set(page, result.rows);
          setLoaded((prev) => ({
            tag: cacheTag,
            total: result.total,
            window: result.window,
            error: null,
            version: (prev?.tag === cacheTag ? prev.version : 0) + 1,
          }));
        },
        (e: unknown) => {
          cache.pending.delete(page);
          const error = e instanceof Error ? e : new Error(String(e));
          setLoaded((prev) => ({
            tag: cacheTag,
            total: prev?.tag === cacheTag ? prev.total : 0,
            window: prev?.tag === cacheTag ? prev.window : null,
            error,
            version: (prev?.tag === cacheTag ? prev.version : 0) + 1,
          }));
        },
      );
    },
    [key, cache],
  );

  useEffect(() => load(0), [load]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useBridgeEvent('data-changed', reload);

  return {
    total: current ? current.total : null,
    window: current?.window ?? null,
    error: current?.error ?? null,
    reload,
    row: (index) => cache.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure(from, to) {
      for (let p = Math.floor(from / PAGE_SIZE); p <= Math.floor(to / PAGE_SIZE); p++) load(p);
    },
    patch(username, change) {
      const lower = username.toLowerCase();
      for (const rows of cache.pages.values()) {
        rows.forEach((r, i) => {
          if (r.username.toLowerCase() === lower) rows[i] = { ...r, ...change };
        });
      }
      setLoaded((prev) => (prev ? { ...prev, version: prev.version + 1 } : prev));
    },
  };
}
