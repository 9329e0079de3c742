/** Epoch milliseconds (as stored) to ISO 8601 UTC (as shown and exchanged). */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function toIsoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : toIso(ms);
}
