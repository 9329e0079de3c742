// What the data pages show before the first import: invite the import, explain how to get the export,
// and offer the demo dataset.
import { useImportFlow } from '../app/ImportContext';
import { navigate } from '../app/router';
import { Button } from '../components/Button';
import { Card } from '../components/Card';
import { EmptyState } from '../components/EmptyState';
import { ErrorBanner } from '../components/ErrorBanner';
import { ExportSteps } from './imports/ExportSteps';
import { ImportProgress } from './imports/ImportProgress';

export function Welcome() {
  const flow = useImportFlow();
  const running = flow.status === 'running';
  const failure = flow.outcomes.find((o) => o.error)?.error;
  const chooseFiles = () => {
    navigate('imports');
    void flow.pickAndImport(false);
  };
  return (
    <div className="page" data-testid="welcome">
      <Card>
        <EmptyState
          icon="upload"
          headingLevel={1}
          title="Welcome to Followscope"
          description="See how your TikTok, Instagram or X audience grows, who follows you back, and when your posts land best — from the data export the platform gives you. Everything stays on this computer."
          actions={
            <>
              <Button
                variant="primary"
                size="lg"
                icon="upload"
                onClick={chooseFiles}
                disabled={running}
                data-testid="welcome-import"
              >
                Import your export…
              </Button>
              <Button
                size="lg"
                icon="sparkles"
                onClick={() => void flow.loadDemo()}
                disabled={running}
                data-testid="welcome-demo"
              >
                Explore with demo data
              </Button>
            </>
          }
        >
          <div style={{ width: '100%', marginTop: 'var(--space-5)' }} className="stack">
            <ImportProgress />
            {failure && <ErrorBanner title="That did not work" error={failure.message} />}
            <ExportSteps />
          </div>
        </EmptyState>
      </Card>
    </div>
  );
}
