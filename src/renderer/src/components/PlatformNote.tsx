// One plain line standing in for a view whose data the account's platform never exports (Instagram's
// follower download has no posts; X's archive has no follow dates): a note, never an empty chart or 0.
import type { ReactNode } from 'react';

export function PlatformNote({
  children,
  testId = 'platform-note',
}: {
  children: ReactNode;
  testId?: string;
}) {
  return (
    <p className="muted platform-note" data-testid={testId}>
      {children}
    </p>
  );
}
