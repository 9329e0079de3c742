// Files dropped anywhere in the window are imported, on every page (the welcome screen included): the
// window shows where they will go while they are dragged over it, and the Imports page shows the import.
// The Imports page's own drop zone handles its drops itself (it marks them handled).
import { useEffect, useState } from 'react';
import { Icon } from '../components/Icon';
import { droppedPaths } from './droppedPaths';
import { useImportFlow } from './ImportContext';
import { navigate } from './router';
import { useToast } from './ToastContext';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function WindowDrop() {
  const flow = useImportFlow();
  const toast = useToast();
  const [over, setOver] = useState(false);
  const running = flow.status === 'running';

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setOver(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser would open the file in the window.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = running ? 'none' : 'copy';
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      if (e.defaultPrevented || !hasFiles(e)) return;
      e.preventDefault();
      if (running) return toast.show('An import is already running.', 'negative');
      const { paths, problem } = droppedPaths(e.dataTransfer);
      if (problem) return toast.show(problem, 'negative');
      navigate('imports');
      void flow.importPaths(paths);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [flow, running, toast]);

  if (!over) return null;
  return (
    <div className="window-drop" data-testid="window-drop" aria-hidden="true">
      <div className="window-drop-card">
        <Icon name="upload" size={28} />
        <strong>{running ? 'An import is running…' : 'Drop to import your export'}</strong>
      </div>
    </div>
  );
}
