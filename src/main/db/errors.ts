export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${file}: this database was written by a newer Followscope (schema ${found}, this version reads up to ${supported}). ` +
        'It was left untouched; update Followscope to open it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}
