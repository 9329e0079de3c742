// The paths of files dropped on the window (Electron's webUtils via window.followscope.pathForFile): the
// page never reads the bytes itself. `problem` says in plain words why nothing can be imported.
export function droppedPaths(transfer: DataTransfer | null): { paths: string[]; problem: string | null } {
  const files = [...(transfer?.files ?? [])];
  const paths = files.map((f) => window.followscope.pathForFile(f)).filter((p) => p !== '');
  if (paths.length > 0) return { paths, problem: null };
  return {
    paths,
    problem: files.length
      ? 'Those items have no location on disk: drop files from your file manager.'
      : 'Nothing was dropped.',
  };
}
