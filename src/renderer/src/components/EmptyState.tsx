import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export interface EmptyStateProps {
  icon?: IconName;
  title: string;
  /** One or two sentences: why it is empty and what to do. */
  description?: ReactNode;
  /** Buttons. */
  actions?: ReactNode;
  /** Extra content under the actions (e.g. steps). */
  children?: ReactNode;
  testId?: string;
  /** 1 when the empty state is the whole page (the welcome screen); default 2. */
  headingLevel?: 1 | 2;
}

/** What a view shows when it has nothing to show yet. Put it inside a Card. */
export function EmptyState({
  icon = 'sparkles',
  title,
  description,
  actions,
  children,
  testId,
  headingLevel = 2,
}: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <div className="empty-state-icon">
        <Icon name={icon} size={24} />
      </div>
      {headingLevel === 1 ? <h1>{title}</h1> : <h2>{title}</h2>}
      {description && <p>{description}</p>}
      {actions && (
        <div className="row" style={{ justifyContent: 'center', marginTop: 'var(--space-2)' }}>
          {actions}
        </div>
      )}
      {children}
    </div>
  );
}
