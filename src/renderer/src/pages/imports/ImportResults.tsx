import { useImportFlow } from '../../app/ImportContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AccountPrompt } from './AccountPrompt';
import { ImportReportCard } from './ImportReportCard';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The outcome of the last import run: one report card per file, or its error. */
export function ImportResults() {
  const { status, outcomes, error } = useImportFlow();
  return (
    <>
      <ErrorBanner title="Could not open the file picker" error={error} />
      {status === 'cancelled' && (
        <ErrorBanner
          title="Import cancelled"
          error="The file being read when you cancelled was not imported; the database is as it was before it."
        />
      )}
      {outcomes.map((o, i) =>
        o.report ? (
          <ImportReportCard key={`${i}-${o.path}`} report={o.report} />
        ) : o.error?.code === 'ACCOUNT_NEEDED' ? (
          <AccountPrompt key={`${i}-${o.path}`} path={o.path} />
        ) : o.error && o.error.code !== 'CANCELLED' ? (
          <div key={`${i}-${o.path}`} data-testid="import-error">
            {/* The service's message names the file; add the name only when it does not. */}
            <ErrorBanner
              title={o.error.message.includes(baseName(o.path)) ? 'Not imported' : baseName(o.path)}
              error={o.error.message}
            />
          </div>
        ) : null,
      )}
    </>
  );
}
