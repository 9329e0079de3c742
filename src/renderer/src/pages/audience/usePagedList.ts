// Server-paged rows for a virtualized table, through the app's query cache: each page of PAGE_SIZE rows
// is its own cached answer (keyed by the selection and its offset), fetched when it scrolls into view.
// Pages stay cached across page switches and refetch when the service reports a write; a million-row
// list costs the renderer only the pages the user has looked at.
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import type { AudiencePage, AudienceRow } from '../../../../shared/domain';
import { useKeptPage } from '../../app/keptPage';
import { callKey, type CallMeta } from '../../data/queryKey';

export const PAGE_SIZE = 200;
export type ListSelector = Omit<CallInput<'audienceList'>, 'offset' | 'limit'>;

export interface PagedList {
  total: number | null;
  window: AudiencePage['window'];
  row(index: number): AudienceRow | undefined;
  /** Asks for the pages covering rows [from, to]. */
  ensure(from: number, to: number): void;
  /** Changes one loaded row in place, before the service's answer (after keep/tag/note edits). */
  patch(username: string, change: Partial<AudienceRow>): void;
  error: Error | null;
  reload(): void;
}

function pageInput(selector: ListSelector, page: number): CallInput<'audienceList'> {
  return { ...selector, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
}

export function usePagedList(selector: ListSelector | null): PagedList {
  const client = useQueryClient();
  const key = selector ? JSON.stringify(selector) : null;
  // The pages asked for, per selection: a new selection starts again from its first page.
  const [wanted, setWanted] = useState<{ key: string | null; pages: number[] }>({ key, pages: [0] });
  const pages = wanted.key === key ? wanted.pages : [0];

  // Which page asks: a hidden page's rows wait for it to be shown again (data/pageQueries).
  const meta: CallMeta = { page: useKeptPage() };
  const results = useQueries({
    queries:
      selector === null
        ? []
        : pages.map((page) => {
            const input = pageInput(selector, page);
            return {
              queryKey: callKey('audienceList', input),
              queryFn: () => window.followscope.audienceList(input),
              meta,
            };
          }),
  });

  const ensure = useCallback(
    (from: number, to: number) => {
      setWanted((prev) => {
        const have = prev.key === key ? prev.pages : [0];
        const more: number[] = [];
        for (let p = Math.floor(from / PAGE_SIZE); p <= Math.floor(to / PAGE_SIZE); p++) {
          if (!have.includes(p)) more.push(p);
        }
        return more.length === 0 && prev.key === key ? prev : { key, pages: [...have, ...more] };
      });
    },
    [key],
  );

  const patch = useCallback(
    (username: string, change: Partial<AudienceRow>) => {
      if (selector === null) return;
      const lower = username.toLowerCase();
      // A page still being fetched was asked for before this edit: its answer would put the old value
      // back over the new one (a Keep box unticking itself). Cancelled, it is fetched again when the
      // service reports the write.
      void client.cancelQueries({ queryKey: ['audienceList', selector.accountId] });
      client.setQueriesData<AudiencePage>({ queryKey: ['audienceList', selector.accountId] }, (old) =>
        old?.rows.some((r) => r.username.toLowerCase() === lower)
          ? {
              ...old,
              rows: old.rows.map((r) => (r.username.toLowerCase() === lower ? { ...r, ...change } : r)),
            }
          : old,
      );
    },
    [client, selector],
  );

  const reload = useCallback(() => {
    if (selector !== null) void client.refetchQueries({ queryKey: ['audienceList', selector.accountId] });
  }, [client, selector]);

  const byPage = new Map<number, AudienceRow[]>();
  results.forEach((r, i) => {
    if (r.data) byPage.set(pages[i]!, r.data.rows);
  });
  const answered = results.find((r) => r.data !== undefined)?.data;
  const error = results.find((r) => r.error)?.error ?? null;

  return {
    total: answered ? answered.total : error ? 0 : null,
    window: answered?.window ?? null,
    error,
    reload,
    row: (index) => byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure,
    patch,
  };
}
