// One Audience list as a virtualized table over server pages: search, sort, tag/keep filters, CSV of
// every row (built by the service), and inline keep / tags / note.
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AudienceListKind, AudienceRow, AudienceSortKey, SortDir } from '../../../../shared/domain';
import { useAccount } from '../../app/AccountContext';
import { usePlatform } from '../../app/usePlatform';
import { useToast } from '../../app/ToastContext';
import { Button } from '../../components/Button';
import { downloadBlob, safeFileName } from '../../components/download';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Icon } from '../../components/Icon';
import { ProfileLink } from '../../components/ProfileLink';
import { formatDate, formatDateTime, formatInt } from '../../format';
import { KeepCell, NoteCell, TagsCell, type AnnotationActions } from './AnnotationCells';
import { usePagedList, type ListSelector } from './usePagedList';

const ROW_HEIGHT = 34;
const DAY = 86_400_000;

interface Col {
  key: string;
  header: string;
  width: string;
  sort?: AudienceSortKey;
  right?: boolean;
  cell(row: AudienceRow): ReactNode;
}

function dateHeader(list: AudienceListKind): string {
  if (list === 'not-following-back') return 'You followed';
  if (list === 'unfollowers') return 'Had followed since';
  return 'Followed you';
}

export interface AudienceTableProps {
  accountId: number;
  list: AudienceListKind;
  label: string;
  snapshotId?: number;
  emptyMessage: string;
  toolbar?: ReactNode;
}

export function AudienceTable({
  accountId,
  list,
  label,
  snapshotId,
  emptyMessage,
  toolbar,
}: AudienceTableProps) {
  const toast = useToast();
  const platform = useAccount().account?.platform ?? 'tiktok';
  // X's archive has no follow dates: no date columns, sorted by account.
  const dated = usePlatform().has('followDates');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const [sort, setSort] = useState<{ key: AudienceSortKey; dir: SortDir }>(
    !dated
      ? { key: 'username', dir: 'asc' }
      : list === 'not-following-back'
        ? { key: 'followedAt', dir: 'asc' }
        : { key: 'followedAt', dir: 'desc' },
  );
  const [tag, setTag] = useState('');
  const [keptOnly, setKeptOnly] = useState(false);
  const selector = useMemo<ListSelector>(
    () => ({
      accountId,
      list,
      sort,
      ...(snapshotId ? { snapshotId } : {}),
      ...(deferredSearch ? { search: deferredSearch } : {}),
      ...(tag ? { tag } : {}),
      ...(keptOnly ? { keptOnly } : {}),
    }),
    [accountId, list, sort, snapshotId, deferredSearch, tag, keptOnly],
  );
  const paged = usePagedList(selector);
  const total = paged.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total > 0) paged.ensure(first, last);
  }, [first, last, total, paged]);
  useEffect(() => virtualizer.scrollToOffset(0), [selector, virtualizer]);

  const call = (p: Promise<unknown>, change: () => void) => {
    change();
    p.catch((e: unknown) => {
      toast.show(e instanceof Error ? e.message : String(e), 'negative');
      paged.reload();
    });
  };
  const actions: AnnotationActions = {
    setKeep: (row, keep) =>
      call(window.followscope.setKeep({ accountId, usernames: [row.username], keep }), () =>
        paged.patch(row.username, { keep }),
      ),
    addTag: (row, t) =>
      call(window.followscope.addTags({ accountId, usernames: [row.username], tags: [t] }), () =>
        paged.patch(row.username, { tags: [...row.tags, t].sort((a, b) => a.localeCompare(b)) }),
      ),
    removeTag: (row, t) =>
      call(window.followscope.removeTags({ accountId, usernames: [row.username], tags: [t] }), () =>
        paged.patch(row.username, { tags: row.tags.filter((x) => x !== t) }),
      ),
    setNote: (row, note) =>
      call(window.followscope.setNote({ accountId, username: row.username, note }), () =>
        paged.patch(row.username, { note }),
      ),
  };

  const columns: Col[] = [
    { key: 'keep', header: 'Keep', width: '60px', cell: (r) => <KeepCell row={r} actions={actions} /> },
    {
      key: 'username',
      header: 'Account',
      width: 'minmax(120px, 1.4fr)',
      sort: 'username',
      cell: (r) => <ProfileLink username={r.username} platform={platform} />,
    },
  ];
  if (dated) {
    columns.push({
      key: 'followedAt',
      header: dateHeader(list),
      // Room for the whole header and its sort arrow ("Had followed since" is the longest).
      width: `minmax(${list === 'unfollowers' ? 170 : 136}px, 0.8fr)`,
      sort: 'followedAt',
      cell: (r) => <span title={formatDateTime(r.followedAt)}>{formatDate(r.followedAt)}</span>,
    });
  }
  if (dated && list === 'mutuals') {
    columns.push({
      key: 'you',
      header: 'You followed',
      width: 'minmax(110px, 0.7fr)',
      cell: (r) => formatDate(r.youFollowedAt),
    });
  }
  if (dated && list === 'not-following-back') {
    columns.push({
      key: 'outstanding',
      header: 'Waiting',
      width: '100px',
      right: true,
      cell: (r) => (r.outstandingMs === null ? '—' : `${formatInt(Math.floor(r.outstandingMs / DAY))} d`),
    });
  }
  columns.push(
    {
      key: 'tags',
      header: 'Tags',
      width: 'minmax(80px, 1fr)',
      cell: (r) => <TagsCell row={r} actions={actions} />,
    },
    {
      key: 'note',
      header: 'Note',
      width: 'minmax(100px, 1.2fr)',
      cell: (r) => <NoteCell row={r} actions={actions} />,
    },
  );
  // The minimum widths add up to less than the table's width at the window's minimum size (960 px):
  // no column is pushed out of view; long names and notes end in "…" instead.
  const template = columns.map((c) => c.width).join(' ');

  const toggle = (key: AudienceSortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'username' ? 'asc' : 'desc' },
    );

  const [exporting, setExporting] = useState(false);
  const exportCsv = async () => {
    setExporting(true);
    try {
      const text = await window.followscope.audienceCsv(selector);
      downloadBlob(
        new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }),
        `${safeFileName(label)}.csv`,
      );
    } catch (e) {
      toast.show(e instanceof Error ? e.message : String(e), 'negative');
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid={`audience-table-${list}`}>
      <div className="table-toolbar audience-toolbar">
        <input
          className="input"
          type="search"
          placeholder="Search usernames…"
          aria-label={`Search ${label}`}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <input
          className="input audience-tag-filter"
          placeholder="Tag filter"
          aria-label={`Only accounts tagged`}
          value={tag}
          onChange={(e) => setTag(e.target.value.trim())}
        />
        <label className="row" style={{ gap: 6 }}>
          <input type="checkbox" checked={keptOnly} onChange={(e) => setKeptOnly(e.target.checked)} />
          Kept only
        </label>
        {toolbar}
        <span className="table-count" aria-live="polite" data-testid="audience-count">
          {paged.total === null ? 'Loading…' : `${formatInt(total)} accounts`}
        </span>
        <Button
          size="sm"
          icon="download"
          onClick={() => void exportCsv()}
          disabled={total === 0 || exporting}
        >
          CSV
        </Button>
      </div>
      <ErrorBanner error={paged.error} title="Could not load the list" onRetry={paged.reload} />
      <div className="table" role="table" aria-label={label} aria-rowcount={total + 1}>
        <div
          className="table-row table-head"
          role="row"
          style={{ gridTemplateColumns: template, height: ROW_HEIGHT + 4 }}
        >
          {columns.map((c) => {
            const active = c.sort !== undefined && sort.key === c.sort;
            return (
              <div
                key={c.key}
                role="columnheader"
                aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                className={`table-cell${c.right ? ' right' : ''}`}
              >
                {c.sort ? (
                  <button type="button" onClick={() => toggle(c.sort!)} title={`Sort by ${c.header}`}>
                    {c.header}
                    <Icon name={active ? (sort.dir === 'asc' ? 'arrowUp' : 'arrowDown') : 'sort'} size={13} />
                  </button>
                ) : (
                  c.header
                )}
              </div>
            );
          })}
        </div>
        {paged.total === 0 ? (
          <div className="table-empty">
            {deferredSearch || tag || keptOnly ? 'No account matches.' : emptyMessage}
          </div>
        ) : (
          <div
            ref={scrollRef}
            className="table-scroll table-body"
            style={{ height: Math.min(520, Math.max(1, total) * ROW_HEIGHT + 2) }}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const row = paged.row(item.index);
                return (
                  <div
                    key={row ? `${row.handleId}` : `loading-${item.index}`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    className="table-row"
                    data-username={row?.username}
                    style={{
                      gridTemplateColumns: template,
                      height: ROW_HEIGHT,
                      position: 'absolute',
                      inset: '0 0 auto 0',
                      transform: `translateY(${item.start}px)`,
                    }}
                  >
                    {row ? (
                      columns.map((c) => (
                        <div key={c.key} role="cell" className={`table-cell${c.right ? ' right' : ''}`}>
                          {c.cell(row)}
                        </div>
                      ))
                    ) : (
                      <div role="cell" className="table-cell audience-row-loading">
                        …
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
