import { Button } from './Button';
import { Icon } from './Icon';

export type ToastTone = 'info' | 'positive' | 'negative';

export interface ToastProps {
  message: string;
  tone?: ToastTone;
  onDismiss(): void;
}

/** One toast. Show toasts with useToast().show(message, tone) from app/ToastContext. */
export function Toast({ message, tone = 'info', onDismiss }: ToastProps) {
  return (
    <div className={`toast toast-${tone}`}>
      <Icon name={tone === 'negative' ? 'alert' : 'check'} />
      <span style={{ flex: 1 }}>{message}</span>
      <Button size="sm" variant="ghost" icon="close" iconOnly aria-label="Dismiss" onClick={onDismiss} />
    </div>
  );
}
