// Inline keep / tags / note editing for one row of an Audience table. Saved at once through the bridge;
// annotations belong to the username, so they follow the account across snapshots and imports.
import { useState, type KeyboardEvent } from 'react';
import type { AudienceRow } from '../../../../shared/domain';

export interface AnnotationActions {
  setKeep(row: AudienceRow, keep: boolean): void;
  addTag(row: AudienceRow, tag: string): void;
  removeTag(row: AudienceRow, tag: string): void;
  setNote(row: AudienceRow, note: string): void;
}

export function KeepCell({ row, actions }: { row: AudienceRow; actions: AnnotationActions }) {
  return (
    <input
      type="checkbox"
      className="audience-keep"
      checked={row.keep}
      aria-label={`Keep @${row.username}`}
      title="Keep: Followscope never suggests unfollowing this account"
      onChange={(e) => actions.setKeep(row, e.target.checked)}
    />
  );
}

export function TagsCell({ row, actions }: { row: AudienceRow; actions: AnnotationActions }) {
  const [draft, setDraft] = useState('');
  const commit = () => {
    const tag = draft.trim();
    if (tag && !row.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) actions.addTag(row, tag);
    setDraft('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setDraft('');
  };
  return (
    <div className="audience-tags" title={row.tags.length ? row.tags.join(', ') : undefined}>
      {row.tags.map((t) => (
        <span key={t} className="audience-tag">
          {t}
          <button
            type="button"
            aria-label={`Remove tag ${t} from @${row.username}`}
            onClick={() => actions.removeTag(row, t)}
          >
            ×
          </button>
        </span>
      ))}
      <input
        className="audience-inline-input"
        placeholder={row.tags.length ? '' : '+ tag'}
        aria-label={`Add a tag to @${row.username}`}
        value={draft}
        maxLength={60}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKey}
        onBlur={commit}
      />
    </div>
  );
}

export function NoteCell({ row, actions }: { row: AudienceRow; actions: AnnotationActions }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() !== row.note) actions.setNote(row, draft.trim());
    setDraft(null);
  };
  return (
    <input
      className="audience-inline-input"
      placeholder="+ note"
      aria-label={`Note on @${row.username}`}
      title={row.note || undefined}
      value={draft ?? row.note}
      maxLength={2000}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(null);
      }}
      onBlur={commit}
    />
  );
}
