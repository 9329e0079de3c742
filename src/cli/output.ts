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

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}
