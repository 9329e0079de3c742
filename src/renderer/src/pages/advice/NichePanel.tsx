// Grow in your niche: tags ranked by follow-back rate, the automatic tag rules, and the niche keywords
// (from post titles, hashtags, favorites and searches, recency-weighted) with add / remove / pin.
import { useState, type FormEvent } from 'react';
import type { TagRuleField } from '../../../../shared/domain';
import { useCall } from '../../app/useCall';
import { useToast } from '../../app/ToastContext';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { DataTable, type Column } from '../../components/DataTable';
import { formatInt, formatPercent, formatDecimal } from '../../format';
import type { TagMetric } from '../../../../shared/domain';

const tagColumns: Column<TagMetric>[] = [
  { key: 'tag', header: 'Tag', value: (t) => t.tag, width: 'minmax(80px, 1fr)' },
  { key: 'following', header: 'You follow', value: (t) => t.following, align: 'right' },
  { key: 'back', header: 'Follow back', value: (t) => t.followBack, align: 'right' },
  {
    key: 'rate',
    header: 'Follow-back rate',
    value: (t) => t.followBackRate,
    render: (t) => formatPercent(t.followBackRate),
    align: 'right',
  },
  {
    key: 'days',
    header: 'Days to follow back',
    value: (t) => t.medianDaysToFollowBack,
    render: (t) => (t.medianDaysToFollowBack === null ? '—' : formatDecimal(t.medianDaysToFollowBack)),
    align: 'right',
  },
];

export function NichePanel({
  accountId,
  tagRanking,
  onChanged,
}: {
  accountId: number;
  tagRanking: TagMetric[];
  /** Rules and keywords change the niche list above: let it refetch. */
  onChanged(): void;
}) {
  const toast = useToast();
  const rules = useCall('tagRules', { accountId });
  const niche = useCall('nicheProfile', { accountId });
  const [tag, setTag] = useState('');
  const [contains, setContains] = useState('');
  const [field, setField] = useState<TagRuleField>('either');
  const [term, setTerm] = useState('');

  const addRule = async (e: FormEvent) => {
    e.preventDefault();
    if (!tag.trim() || !contains.trim()) return;
    try {
      await window.followscope.addTagRule({ accountId, tag, contains, field });
      setContains('');
      rules.refetch();
      onChanged();
      toast.show(`Accounts containing "${contains}" are tagged ${tag}`, 'positive');
    } catch (err) {
      toast.show((err as Error).message, 'negative');
    }
  };
  const edit = async (action: 'add' | 'remove' | 'pin' | 'unpin' | 'restore', t: string) => {
    await window.followscope.editNiche({ accountId, action, term: t });
    niche.refetch();
    onChanged();
  };

  return (
    <div className="stack">
      <Card title="Tags that follow you back" subtitle="Put new follows where reciprocity is highest">
        <DataTable
          rows={rules.data?.tags ?? tagRanking}
          columns={tagColumns}
          label="Tags by follow-back rate"
          height={220}
          csvFileName="followscope-tags"
          emptyMessage="No tags yet: add a rule below or tag accounts on the Audience page."
          testId="tag-ranking"
        />
      </Card>
      <Card title="Tag rules" subtitle="Tag accounts automatically when their username contains a word">
        <div className="stack">
          <form className="inline-form" onSubmit={addRule} aria-label="Add a tag rule">
            <label>
              Tag
              <input
                className="input"
                value={tag}
                onChange={(e) => setTag(e.target.value)}
                placeholder="pilates"
                data-testid="rule-tag"
              />
            </label>
            <label>
              Field
              <select
                className="select"
                value={field}
                onChange={(e) => setField(e.target.value as TagRuleField)}
              >
                <option value="either">Username or display name</option>
                <option value="username">Username</option>
                <option value="displayName">Display name</option>
              </select>
            </label>
            <label>
              Contains
              <input
                className="input"
                value={contains}
                onChange={(e) => setContains(e.target.value)}
                placeholder="pilates"
                data-testid="rule-contains"
              />
            </label>
            <Button type="submit" variant="primary" data-testid="rule-add">
              Add rule
            </Button>
          </form>
          <div className="chip-list" data-testid="rule-list">
            {(rules.data?.rules ?? []).map((r) => (
              <span className="chip" key={r.id}>
                {r.field === 'displayName' ? 'display name' : r.field === 'username' ? 'username' : 'name'}{' '}
                contains “{r.contains}” → <b>{r.tag}</b>
                <button
                  type="button"
                  aria-label={`Delete rule ${r.contains}`}
                  onClick={() =>
                    void window.followscope.deleteTagRule({ accountId, ruleId: r.id }).then(() => {
                      rules.refetch();
                      onChanged();
                    })
                  }
                >
                  ×
                </button>
              </span>
            ))}
            {rules.data && rules.data.rules.length === 0 && <span className="muted">No rules yet.</span>}
          </div>
          <p className="muted">Exports carry no display names of other accounts, so rules match usernames.</p>
        </div>
      </Card>
      <Card
        title="Your niche keywords"
        subtitle={`From your post titles and hashtags, favorite hashtags and searches; weight halves every ${niche.data?.halfLifeDays ?? 90} days`}
      >
        <div className="stack">
          <div className="chip-list" data-testid="niche-keywords">
            {(niche.data?.keywords ?? []).map((k) => (
              <span
                className="chip"
                key={k.term}
                data-pinned={k.pinned}
                title={`weight ${formatDecimal(k.weight)} · ${k.sources.join(', ')}`}
              >
                {k.term}
                <button
                  type="button"
                  aria-label={k.pinned ? `Unpin ${k.term}` : `Pin ${k.term}`}
                  onClick={() => void edit(k.pinned ? 'unpin' : 'pin', k.term)}
                >
                  {k.pinned ? '★' : '☆'}
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${k.term}`}
                  onClick={() => void edit('remove', k.term)}
                >
                  ×
                </button>
              </span>
            ))}
          </div>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (term.trim()) void edit('add', term).then(() => setTerm(''));
            }}
          >
            <label>
              Add a keyword
              <input
                className="input"
                value={term}
                onChange={(e) => setTerm(e.target.value)}
                placeholder="wall pilates"
              />
            </label>
            <Button type="submit">Add</Button>
          </form>
          {niche.data && niche.data.removed.length > 0 && (
            <div className="chip-list">
              <span className="muted">Removed ({formatInt(niche.data.removed.length)}):</span>
              {niche.data.removed.map((t) => (
                <span className="chip" key={t}>
                  {t}
                  <button type="button" aria-label={`Restore ${t}`} onClick={() => void edit('restore', t)}>
                    ↺
                  </button>
                </span>
              ))}
            </div>
          )}
        </div>
      </Card>
    </div>
  );
}
