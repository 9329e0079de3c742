import { Card } from './Card';
import { EmptyState } from './EmptyState';
import type { IconName } from './Icon';

export interface PlaceholderPanelProps {
  icon: IconName;
  /** What this page will show, in one sentence. */
  description: string;
}

/** The body of a page whose charts are still being built. Page authors replace it with the real content. */
export function PlaceholderPanel({ icon, description }: PlaceholderPanelProps) {
  return (
    <Card>
      <EmptyState
        icon={icon}
        title="Coming with the next import features"
        description={description}
        testId="placeholder"
      />
    </Card>
  );
}
