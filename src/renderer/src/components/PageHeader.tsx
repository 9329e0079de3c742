import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's h1. */
  title: string;
  /** One sentence saying what the page answers. */
  description?: ReactNode;
  /** Buttons on the right (e.g. a period picker, "Import…"). */
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {description && <p>{description}</p>}
      </div>
      {actions && <div className="page-header-actions">{actions}</div>}
    </header>
  );
}
