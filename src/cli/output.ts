// Plain-text output: aligned two-column tables for people, one JSON object per line for scripts.

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function printTable(rows: [string, string | number | boolean | null][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) process.stdout.write(`${key.padEnd(width)}  ${value ?? '—'}\n`);
}

export function printError(message: string): void {
  // One line, whatever the message holds.
  process.stderr.write(`error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

export const NOT_IN_EXPORT = 'not in this export';

/** A count, or "not in this export" when the figure is unknown (null): never a 0 that means unknown. */
export function formatNumber(n: number | null): string {
  return n === null ? NOT_IN_EXPORT : n.toLocaleString('en-US');
}

/** A share (0.0734) as a percentage with one decimal ("7.3%"), or null when there is none. */
export function formatPercent(share: number | null): string | null {
  return share === null ? null : `${(share * 100).toFixed(1)}%`;
}
