import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { describeRendererGone, type RendererGone } from './describe';

/**
 * Shown in place of the app after its page process died. Your data is safe: imports run in the service,
 * which keeps going, and every import either completes or leaves the database as it was.
 */
export function RecoveryScreen({ gone, onReload }: { gone: RendererGone; onReload: () => void }) {
  const { summary, detail } = describeRendererGone(gone);
  return (
    <main className="recovery" data-testid="recovery-screen">
      <div className="card">
        <EmptyState
          icon="alert"
          headingLevel={1}
          title="Followscope needs to reload"
          description={`${summary} Your data is safe.`}
          actions={
            <Button variant="primary" onClick={onReload} data-testid="recovery-reload">
              Reload
            </Button>
          }
        >
          <p className="recovery-detail">
            <code data-testid="recovery-detail">{detail}</code>
          </p>
        </EmptyState>
      </div>
    </main>
  );
}
