import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'positive' | 'negative' | 'warning';

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}

/** A small label: a format ("JSON"), a state ("duplicate"), a tag on a follower. */
export function Badge({ tone = 'neutral', children, title }: BadgeProps) {
  return (
    <span className={`badge${tone === 'neutral' ? '' : ` badge-${tone}`}`} title={title}>
      {children}
    </span>
  );
}
