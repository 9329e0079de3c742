import { Button } from './Button';
import { Icon } from './Icon';

export type ToastTone = 'info' | 'positive' | 'negative';

export interface ToastAction {
  label: string;
  run(): void;
}

export interface ToastProps {
  message: string;
  tone?: ToastTone;
  /** A button in the toast, e.g. Undo. */
  action?: ToastAction;
  onDismiss(): void;
}

/** One toast. Show toasts with useToast().show(message, tone) from app/ToastContext. */
export function Toast({ message, tone = 'info', action, onDismiss }: ToastProps) {
  return (
    <div className={`toast toast-${tone}`}>
      <Icon name={tone === 'negative' ? 'alert' : 'check'} />
      <span style={{ flex: 1 }}>{message}</span>
      {action && (
        <Button size="sm" onClick={action.run} data-testid="toast-action">
          {action.label}
        </Button>
      )}
      <Button size="sm" variant="ghost" icon="close" iconOnly aria-label="Dismiss" onClick={onDismiss} />
    </div>
  );
}
