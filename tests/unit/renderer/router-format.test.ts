import { describe, expect, it } from 'vitest';
import { hrefFor, pageIds, parseHash } from '../../../src/renderer/src/app/router';
import { formatBytes, formatInt, isoToLocalInput, localInputToIso } from '../../../src/renderer/src/format';

describe('router', () => {
  it('round-trips every page and its parameters through the hash', () => {
    for (const page of pageIds) {
      const route = parseHash(hrefFor(page, { tab: 'daily', q: 'a b' }));
      expect(route.page).toBe(page);
      expect(route.params.get('tab')).toBe('daily');
      expect(route.params.get('q')).toBe('a b');
    }
  });

  it('falls back to the overview for an empty or unknown hash', () => {
    expect(parseHash('').page).toBe('overview');
    expect(parseHash('#/').page).toBe('overview');
    expect(parseHash('#/nope?x=1').page).toBe('overview');
  });
});

describe('format', () => {
  it('shows a dash for missing numbers', () => {
    expect(formatInt(null)).toBe('—');
    expect(formatInt(Number.NaN)).toBe('—');
  });

  it('formats bytes in decimal units', () => {
    expect(formatBytes(999)).toMatch(/^999 B$/);
    expect(formatBytes(1_500_000)).toMatch(/^1[.,]5 MB$/);
  });

  it('converts between ISO UTC and the local datetime input both ways', () => {
    const iso = '2026-03-29T01:30:00.000Z';
    const local = isoToLocalInput(iso);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(localInputToIso(local)).toBe(iso);
    expect(localInputToIso('not a date')).toBeNull();
  });
});
