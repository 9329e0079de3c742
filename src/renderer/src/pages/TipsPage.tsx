// Tips: rules over the creator's own numbers, each with its evidence, why it matters and what to do.
// Dismiss hides a tip for good, snooze for two weeks; "new" marks tips that did not fire on the
// previous export. The follower goal and its forecast sit at the bottom.
import { useMemo, useState } from 'react';
import { tipDimensionLabels, type TipDimension, type TipView } from '../../../shared/domain';
import { useAccount } from '../app/AccountContext';
import { useToast } from '../app/ToastContext';
import { useCall } from '../app/useCall';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { Card } from '../components/Card';
import { EmptyState } from '../components/EmptyState';
import { ErrorBanner } from '../components/ErrorBanner';
import { KpiCard } from '../components/KpiCard';
import { PageHeader } from '../components/PageHeader';
import { formatDate, formatInt, localizeText } from '../format';
import { NoAccount } from './audience/NoAccount';
import { EvidenceValues } from './advice/EvidenceValues';
import { GoalCard } from './advice/GoalCard';
import './advice/advice.css';

const priorityTone = { high: 'negative', medium: 'warning', low: 'accent' } as const;
type Filter = 'all' | TipDimension;

function TipCard({
  tip,
  onState,
}: {
  tip: TipView;
  onState(state: 'active' | 'dismissed' | 'snoozed'): void;
}) {
  return (
    <article
      className="tip"
      data-priority={tip.priority}
      data-status={tip.status}
      data-testid={`tip-${tip.id}`}
    >
      <div className="tip-head">
        <h3 className="tip-title">{tip.title}</h3>
        {tip.isNew && <Badge tone="accent">New since last import</Badge>}
        <Badge tone={priorityTone[tip.priority]}>{tip.priority} priority</Badge>
        <Badge>{tipDimensionLabels[tip.dimension]}</Badge>
        {tip.status === 'snoozed' && (
          <Badge tone="warning">snoozed until {formatDate(tip.snoozedUntil)}</Badge>
        )}
        {tip.status === 'dismissed' && <Badge>dismissed</Badge>}
      </div>
      <p className="tip-evidence" data-testid="tip-evidence">
        {localizeText(tip.evidence.text)}
      </p>
      <EvidenceValues values={tip.evidence.values} />
      <p className="muted" data-testid="tip-sample" style={{ fontSize: 'var(--text-sm)' }}>
        Based on {formatInt(tip.sample.size)} {tip.sample.unit}; this tip stays silent below{' '}
        {formatInt(tip.sample.minimum)}.
      </p>
      <p className="tip-why muted">
        <strong>Why it matters:</strong> {tip.why}
      </p>
      <p className="tip-action">
        <strong>What to do:</strong> {tip.action}
      </p>
      {tip.source && (
        <p className="tip-source">
          Source: {tip.source.title}. {tip.source.finding}
        </p>
      )}
      <div className="tip-actions">
        {tip.status === 'active' ? (
          <>
            <Button size="sm" variant="secondary" onClick={() => onState('snoozed')} data-testid="tip-snooze">
              Snooze 2 weeks
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon="close"
              onClick={() => onState('dismissed')}
              data-testid="tip-dismiss"
            >
              Dismiss
            </Button>
          </>
        ) : (
          <Button size="sm" variant="secondary" onClick={() => onState('active')} data-testid="tip-restore">
            Restore
          </Button>
        )}
      </div>
    </article>
  );
}

function Tips({ accountId }: { accountId: number }) {
  const { data, error, loading, refetch } = useCall('tips', { accountId });
  const toast = useToast();
  const [filter, setFilter] = useState<Filter>('all');
  const [showHidden, setShowHidden] = useState(false);
  const tips = useMemo(() => data?.tips ?? [], [data]);
  const active = tips.filter((t) => t.status === 'active');
  const hidden = tips.length - active.length;
  const shown = tips.filter(
    (t) => (showHidden || t.status === 'active') && (filter === 'all' || t.dimension === filter),
  );
  const setState = async (tip: TipView, state: 'active' | 'dismissed' | 'snoozed') => {
    try {
      await window.followscope.setTipState({ accountId, tipId: tip.id, state });
      // Dismiss and snooze can be undone from the toast: back to the state the tip had.
      const before = tip.status;
      const undo =
        state === 'active'
          ? undefined
          : {
              label: 'Undo',
              run: () =>
                void window.followscope
                  .setTipState({ accountId, tipId: tip.id, state: before })
                  .then(refetch, (e: Error) => toast.show(e.message, 'negative')),
            };
      toast.show(
        state === 'active' ? 'Tip restored' : state === 'snoozed' ? 'Snoozed for two weeks' : 'Tip dismissed',
        'info',
        undo,
      );
      refetch();
    } catch (err) {
      toast.show((err as Error).message, 'negative');
    }
  };
  if (error) return <ErrorBanner error={error} onRetry={refetch} />;
  const dims = Object.keys(tipDimensionLabels) as TipDimension[];
  return (
    <div className="stack">
      <div className="grid-kpis">
        <KpiCard
          testId="kpi-tips-active"
          label="Tips to act on"
          value={loading && !data ? '…' : formatInt(active.length)}
        />
        <KpiCard
          testId="kpi-tips-high"
          label="High priority"
          value={formatInt(active.filter((t) => t.priority === 'high').length)}
        />
        <KpiCard
          testId="kpi-tips-new"
          label="New since last import"
          value={formatInt(active.filter((t) => t.isNew).length)}
        />
        <KpiCard testId="kpi-tips-hidden" label="Dismissed or snoozed" value={formatInt(hidden)} />
      </div>
      {data && (
        <p className="muted" data-testid="tips-time-zone">
          Hours and weekdays are in {data.timeZone} (change it in Settings).
        </p>
      )}
      <div className="advice-toolbar">
        <div className="segmented" role="group" aria-label="Dimension">
          {(['all', ...dims] as Filter[]).map((d) => (
            <button key={d} type="button" aria-pressed={filter === d} onClick={() => setFilter(d)}>
              {d === 'all' ? 'All' : tipDimensionLabels[d]}
            </button>
          ))}
        </div>
        <label className="row muted">
          <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} />{' '}
          Show dismissed and snoozed
        </label>
      </div>
      {shown.length === 0 && data ? (
        <Card>
          <EmptyState
            icon="check"
            title={active.length === 0 ? 'Nothing to change right now' : 'No tip in this dimension'}
            description="Tips appear when your own numbers call for a change. Import a newer export to re-check."
          />
        </Card>
      ) : (
        <div className="tip-list" data-testid="tip-list">
          {shown.map((t) => (
            <TipCard key={t.id} tip={t} onState={(s) => void setState(t, s)} />
          ))}
        </div>
      )}
    </div>
  );
}

export function TipsPage() {
  const { accountId } = useAccount();
  return (
    <div className="page" data-testid="page-tips">
      <PageHeader
        title="Tips"
        description="Strategy tips from your own numbers: the evidence, why it matters, what to do."
      />
      {accountId === null ? (
        <NoAccount what="tips" />
      ) : (
        <>
          <Tips accountId={accountId} />
          <h2>Follower goal</h2>
          <GoalCard accountId={accountId} />
        </>
      )}
    </div>
  );
}
