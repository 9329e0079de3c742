import type { HTMLAttributes, ReactNode } from 'react';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Heading of the card (an h2); omit for a plain surface. */
  title?: ReactNode;
  subtitle?: ReactNode;
  /** Buttons or links on the right of the heading. */
  actions?: ReactNode;
  /** Drop the body padding (tables and lists that run edge to edge). */
  flush?: boolean;
  children?: ReactNode;
}

/** The surface every block of content sits on. */
export function Card({ title, subtitle, actions, flush, children, className, ...rest }: CardProps) {
  return (
    <section className={['card', className].filter(Boolean).join(' ')} {...rest}>
      {(title || actions) && (
        <header className="card-header">
          <div>
            {title && <h2>{title}</h2>}
            {subtitle && <p>{subtitle}</p>}
          </div>
          {actions}
        </header>
      )}
      <div className="card-body" style={flush ? { padding: 0 } : undefined}>
        {children}
      </div>
    </section>
  );
}
