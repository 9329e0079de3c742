// Drop exports here, or choose them. Dropped files reach the backend as paths (Electron's webUtils via
// window.followscope.pathForFile): the page never reads the bytes itself.
import { useState, type DragEvent } from 'react';
import { droppedPaths } from '../../app/droppedPaths';
import { useImportFlow } from '../../app/ImportContext';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';

export function DropZone() {
  const flow = useImportFlow();
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const running = flow.status === 'running';

  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = running ? 'none' : 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (running) return;
    const { paths, problem } = droppedPaths(e.dataTransfer);
    setProblem(problem);
    if (problem) return;
    void flow.importPaths(paths);
  };

  return (
    <div
      className="dropzone"
      data-over={over}
      data-testid="dropzone"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="empty-state-icon">
        <Icon name="upload" size={24} />
      </div>
      <div>
        <h2>Drop your TikTok, Instagram or X export here</h2>
        <p>The ZIP as downloaded, its JSON file, or the unzipped folder. Several at once is fine.</p>
      </div>
      <div className="row" style={{ justifyContent: 'center' }}>
        <Button
          variant="primary"
          icon="file"
          disabled={running}
          onClick={() => void flow.pickAndImport(false)}
          data-testid="choose-files"
        >
          Choose files…
        </Button>
        <Button
          icon="folder"
          disabled={running}
          onClick={() => void flow.pickAndImport(true)}
          data-testid="choose-folder"
        >
          Choose folder…
        </Button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
