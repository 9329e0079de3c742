// What the growth and audience pages show before the first import.
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { navigate } from '../../app/router';

export function NoAccount({ what }: { what: string }) {
  return (
    <Card>
      <EmptyState
        icon="upload"
        title="No export imported yet"
        description={`Import a TikTok, Instagram or X export to see ${what}. Import a second one later to see who came and went.`}
        actions={
          <Button variant="primary" icon="upload" onClick={() => navigate('imports')}>
            Import an export
          </Button>
        }
      />
    </Card>
  );
}
