// Imports: drop or choose exports, follow the progress, read the report, manage past snapshots.
import { PageHeader } from '../components/PageHeader';
import { Card } from '../components/Card';
import { DropZone } from './imports/DropZone';
import { ExportSteps } from './imports/ExportSteps';
import { ImportProgress } from './imports/ImportProgress';
import { ImportResults } from './imports/ImportResults';
import { SnapshotList } from './imports/SnapshotList';

export function ImportsPage() {
  return (
    <div className="page" data-testid="page-imports">
      <PageHeader
        title="Imports"
        description="Every export you import becomes a dated snapshot. Import a new one every few weeks to see how your audience changes."
      />
      <DropZone />
      <ImportProgress />
      <ImportResults />
      <SnapshotList />
      <Card title="Where to get your export">
        <ExportSteps />
      </Card>
    </div>
  );
}
