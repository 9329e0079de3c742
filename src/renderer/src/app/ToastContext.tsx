// Short confirmations ("Snapshot deleted") in the corner, read out by screen readers. useToast().show().
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Toast, type ToastAction, type ToastTone } from '../components/Toast';

interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
}

export interface ToastApi {
  /**
   * Shows a message for a few seconds (tone: 'info' default, 'positive', 'negative'), with an optional
   * action button ("Undo") that runs once and closes the toast.
   */
  show(message: string, tone?: ToastTone, action?: ToastAction): void;
}

const ToastCtx = createContext<ToastApi | null>(null);
const VISIBLE_MS = 4500;
/** A toast with an action stays longer: the user has to notice it and reach the button. */
export const ACTION_VISIBLE_MS = 8000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (message: string, tone: ToastTone = 'info', action?: ToastAction) => {
      const id = nextId.current++;
      setItems((list) => [...list.slice(-3), { id, message, tone, action }]);
      window.setTimeout(() => dismiss(id), action ? ACTION_VISIBLE_MS : VISIBLE_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastCtx.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((t) => (
          <Toast
            key={t.id}
            message={t.message}
            tone={t.tone}
            action={
              t.action && {
                label: t.action.label,
                run: () => {
                  dismiss(t.id);
                  t.action!.run();
                },
              }
            }
            onDismiss={() => dismiss(t.id)}
          />
        ))}
      </div>
    </ToastCtx.Provider>
  );
}

export function useToast(): ToastApi {
  const ctx = useContext(ToastCtx);
  if (!ctx) throw new Error('useToast outside ToastProvider');
  return ctx;
}
