import type { ReactNode } from 'react';
import { Button } from './Button';
import { Icon } from './Icon';

export interface ErrorBannerProps {
  /** An Error (its message is shown: bridge errors are written for people) or a message. */
  error: Error | string | null | undefined;
  /** Bold lead-in, e.g. "Could not load snapshots". */
  title?: ReactNode;
  onRetry?(): void;
  onDismiss?(): void;
}

/** Shows a failed call's message; renders nothing when there is no error. */
export function ErrorBanner({ error, title, onRetry, onDismiss }: ErrorBannerProps) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div className="banner banner-error" role="alert">
      <Icon name="alert" />
      <div className="banner-body">
        {title && <strong>{title}: </strong>}
        {message}
      </div>
      {onRetry && (
        <Button size="sm" onClick={onRetry}>
          Retry
        </Button>
      )}
      {onDismiss && (
        <Button size="sm" variant="ghost" icon="close" iconOnly aria-label="Dismiss" onClick={onDismiss} />
      )}
    </div>
  );
}
