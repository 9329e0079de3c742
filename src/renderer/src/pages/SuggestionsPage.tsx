// Suggestions: four ranked lists, each row with its score, reason and evidence. Dismissing a row hides
// it for good (the service remembers it across imports); every list exports as CSV.
import { useMemo, useState } from 'react';
import type { SuggestionList, SuggestionRow } from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { useToast } from '../app/ToastContext';
import { useCall } from '../app/useCall';
import { usePlatform } from '../app/usePlatform';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { Card } from '../components/Card';
import { DataTable, type Column } from '../components/DataTable';
import { downloadBlob } from '../components/download';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHeader } from '../components/PageHeader';
import { PlatformNote } from '../components/PlatformNote';
import { ProfileLink } from '../components/ProfileLink';
import { Tabs } from '../components/Tabs';
import { formatDecimal, formatInt, localizeText } from '../format';
import { NoAccount } from './audience/NoAccount';
import { NichePanel } from './advice/NichePanel';
import { noFollowDatesNote } from '../platformNotes';
import './advice/advice.css';

/** Rows shown at first, and the most "Show all" fetches (the CSV export always has every row). */
const TOP_ROWS = 50;
const ALL_ROWS = 100_000;

const lists: { id: SuggestionList; label: string; blurb: string }[] = [
  {
    id: 'follow-back',
    label: 'Follow back',
    blurb:
      'Fans you do not follow back, ranked by messages, a past mutual follow, how recently they followed and your niche.',
  },
  {
    id: 'niche',
    label: 'Grow in your niche',
    blurb: 'Where to put new follows: tags that follow back, and accounts in your niche.',
  },
  {
    id: 'review',
    label: 'Review',
    blurb:
      'Follows that never followed back, ranked by how long, whether they are in your niche and whether you talk. Pace unfollows; never in bulk.',
  },
  { id: 'reconnect', label: 'Reconnect', blurb: 'Former mutuals who stopped following you.' },
];

/** The tags the user gave a suggested account (on the Audience page or with "Tag the shown rows"). */
const tagsColumn: Column<SuggestionRow> = {
  key: 'tags',
  header: 'Tags',
  value: (r) => r.tags.join(' '),
  render: (r) => (
    <span className="row">
      {r.tags.map((t) => (
        <Badge key={t} tone="accent">
          {t}
        </Badge>
      ))}
    </span>
  ),
  width: 'minmax(64px, 0.8fr)',
};

function ReviewSettings({ accountId, onSaved }: { accountId: number; onSaved(): void }) {
  const { data, refetch } = useCall('adviceSettings', { accountId });
  const toast = useToast();
  if (!data) return null;
  const save = async (patch: { reviewAfterDays?: number; dailyUnfollowCap?: number }) => {
    await window.followscope.setAdviceSettings({ accountId, ...patch });
    refetch();
    onSaved();
    toast.show('Saved');
  };
  return (
    <form className="inline-form" onSubmit={(e) => e.preventDefault()} aria-label="Review settings">
      <label>
        Review after (days)
        <input
          className="input"
          type="number"
          min={1}
          defaultValue={data.reviewAfterDays}
          data-testid="review-days"
          onBlur={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n !== data.reviewAfterDays)
              void save({ reviewAfterDays: n });
          }}
        />
      </label>
      <label>
        Daily unfollow cap
        <input
          className="input"
          type="number"
          min={1}
          defaultValue={data.dailyUnfollowCap}
          onBlur={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n !== data.dailyUnfollowCap)
              void save({ dailyUnfollowCap: n });
          }}
        />
      </label>
    </form>
  );
}

function ListPanel({ accountId, list }: { accountId: number; list: SuggestionList }) {
  const toast = useToast();
  const platform = useAccount().account?.platform ?? 'tiktok';
  // The top of the list first: the ranking does its job when the first screen is what matters.
  const [showAll, setShowAll] = useState(false);
  const { data, error, refetch } = useCall('suggestions', {
    accountId,
    list,
    limit: showAll ? ALL_ROWS : TOP_ROWS,
  });
  const [tag, setTag] = useState('');
  const dismiss = async (usernames: string[]) => {
    await window.followscope.dismissSuggestions({ accountId, list, usernames, dismissed: true });
    toast.show(
      usernames.length === 1 ? `@${usernames[0]} dismissed` : `${formatInt(usernames.length)} rows dismissed`,
      'info',
      {
        label: 'Undo',
        run: () =>
          void window.followscope
            .dismissSuggestions({ accountId, list, usernames, dismissed: false })
            .then(refetch, (e: Error) => toast.show(e.message, 'negative')),
      },
    );
    refetch();
  };
  const columns = useMemo<Column<SuggestionRow>[]>(
    () => [
      {
        key: 'rank',
        header: '#',
        value: (r) => (data?.rows.indexOf(r) ?? 0) + 1,
        width: '48px',
        align: 'right',
      },
      {
        key: 'username',
        header: 'Account',
        value: (r) => r.username,
        render: (r) => <ProfileLink username={r.username} platform={platform} className="mono" />,
        // Room for a typical username whole at 960 px; longer ones end in "…" with the name in a title.
        width: 'minmax(140px, 1.2fr)',
      },
      {
        key: 'score',
        // How strongly the reasons in "Why" apply: the list is sorted by it, highest first.
        header: 'Match',
        value: (r) => r.score,
        render: (r) => formatDecimal(r.score),
        width: '72px',
        align: 'right',
      },
      {
        key: 'reason',
        header: 'Why',
        value: (r) => localizeText(r.reason),
        // The reason is the point of a suggestion: it wraps and reads whole, never "…" at 960 px.
        width: 'minmax(160px, 3fr)',
        wrap: true,
      },
      // A list where no row is tagged has no Tags column: its width goes to the reasons.
      ...(data?.rows.some((r) => r.tags.length > 0) ? [tagsColumn] : []),
      {
        key: 'dismiss',
        header: '',
        value: () => '',
        sortable: false,
        searchable: false,
        width: '110px',
        render: (r) => (
          <Button
            size="sm"
            variant="ghost"
            icon="close"
            onClick={() => void dismiss([r.username])}
            data-testid="row-dismiss"
          >
            Dismiss
          </Button>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, platform],
  );
  if (error) return <ErrorBanner error={error} onRetry={refetch} />;
  const exportCsv = async () => {
    const { filename, csv } = await window.followscope.suggestionsCsv({ accountId, list });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename);
  };
  const tagAll = async () => {
    if (!data || !tag.trim() || data.rows.length === 0) return;
    await window.followscope.addTags({
      accountId,
      usernames: data.rows.map((r) => r.username),
      tags: [tag.trim()],
    });
    toast.show(`Tagged ${formatInt(data.rows.length)} accounts “${tag.trim()}”`, 'positive');
    setTag('');
    refetch();
  };
  return (
    <div className="stack" data-testid={`list-${list}`}>
      {data && (
        <Card>
          <ul className="advice-notes" data-testid="list-notes">
            {data.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
            {data.dismissed > 0 && (
              <li>
                {formatInt(data.dismissed)} dismissed {data.dismissed === 1 ? 'row is' : 'rows are'} hidden.
              </li>
            )}
          </ul>
        </Card>
      )}
      {list === 'review' && <ReviewSettings accountId={accountId} onSaved={refetch} />}
      <DataTable
        rows={data?.rows ?? []}
        columns={columns}
        label={lists.find((l) => l.id === list)!.label}
        csvFileName={false}
        height={460}
        testId="suggestion-table"
        emptyMessage={data ? 'Nothing to suggest here right now.' : 'Loading…'}
        toolbar={
          <span className="row">
            <span className="muted" data-testid="list-total">
              {data
                ? `${formatInt(data.total)} in total${data.total > data.rows.length ? `, top ${formatInt(data.rows.length)} shown` : ''}`
                : ''}
            </span>
            {data && data.total > data.rows.length && data.rows.length < ALL_ROWS && (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => setShowAll(true)}
                data-testid="list-show-all"
              >
                Show all {formatInt(data.total)}
              </Button>
            )}
            {showAll && data && data.total > TOP_ROWS && (
              <Button size="sm" variant="ghost" onClick={() => setShowAll(false)} data-testid="list-show-top">
                Top {TOP_ROWS} only
              </Button>
            )}
            <input
              className="input"
              value={tag}
              onChange={(e) => setTag(e.target.value)}
              placeholder="Tag the shown rows as…"
              aria-label="Tag the shown rows as"
            />
            <Button size="sm" onClick={() => void tagAll()} disabled={!tag.trim()}>
              Tag
            </Button>
            <Button size="sm" icon="download" onClick={() => void exportCsv()} data-testid="list-csv">
              Export CSV
            </Button>
          </span>
        }
      />
      {list === 'niche' && data && (
        <NichePanel accountId={accountId} tagRanking={data.tagRanking ?? []} onChanged={refetch} />
      )}
    </div>
  );
}

export function SuggestionsPage() {
  const { accountId } = useAccount();
  const platform = usePlatform();
  const [list, setList] = useState<SuggestionList>('follow-back');
  const current = lists.find((l) => l.id === list)!;
  return (
    <div className="page" data-testid="page-suggestions">
      <PageHeader
        title="Suggestions"
        description="Whom to follow back, where to grow, which follows to review — each with its reason."
      />
      {accountId === null ? (
        <NoAccount what="suggestions" />
      ) : (
        <div className="stack">
          <Tabs<SuggestionList> tabs={lists} value={list} onChange={setList} label="Suggestion lists" />
          <p className="muted">{current.blurb}</p>
          {list === 'review' && !platform.has('followDates') ? (
            // Review ranks follows by how long they went unanswered: without follow dates it has no order.
            <Card>
              <PlatformNote>{noFollowDatesNote(platform.platform)}</PlatformNote>
            </Card>
          ) : (
            <ListPanel key={list} accountId={accountId} list={list} />
          )}
        </div>
      )}
    </div>
  );
}
