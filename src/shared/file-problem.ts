// Bad input is reported as one line, "<file>: <problem>", in plain words. The database's refusals and the
// importer's input errors both take that shape, so it is written once here.

/** An error about one file (or folder): its message is `<file>: <problem>`. */
export class FileProblemError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'FileProblemError';
  }
}
