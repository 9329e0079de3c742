// The theme tokens: the CSS variables and the TS chart palette must agree, and every color must be
// readable on the surfaces it sits on in both themes (WCAG: 4.5:1 for text, 3:1 for chart marks).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../../src/renderer/src/charts/contrast';
import { chartPalettes, type ResolvedTheme } from '../../../src/renderer/src/charts/palette';

const css = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../src/renderer/src/styles/tokens.css'),
  'utf8',
);

/** The custom properties declared in the block whose selector contains `selector`. */
function themeVars(selector: string): Map<string, string> {
  const block = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].find((m) => m[1]!.includes(selector));
  if (!block) throw new Error(`no block for ${selector}`);
  return new Map([...block[2]!.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const themes: [ResolvedTheme, string][] = [
  ['light', "[data-theme='light']"],
  ['dark', "[data-theme='dark']"],
];

describe.each(themes)('the %s theme', (theme, selector) => {
  const vars = themeVars(selector);
  const palette = chartPalettes[theme];
  const v = (name: string) => {
    const value = vars.get(name);
    if (!value || !/^#[0-9a-f]{6}$/i.test(value))
      throw new Error(`--${name} is not a 6-digit hex color: ${value}`);
    return value.toLowerCase();
  };

  it('declares the same chart colors in CSS as palette.ts', () => {
    palette.series.forEach((color, i) => expect(v(`chart-${i + 1}`)).toBe(color));
    expect(v('chart-gain')).toBe(palette.gain);
    expect(v('chart-loss')).toBe(palette.loss);
    expect(v('chart-grid')).toBe(palette.grid);
    expect(v('chart-axis')).toBe(palette.axis);
    expect(v('surface')).toBe(palette.surface);
    expect(v('text')).toBe(palette.text);
  });

  it('keeps every chart mark at 3:1 or more against the card surface', () => {
    for (const color of [...palette.series, palette.gain, palette.loss, palette.axis]) {
      expect(contrast(color, palette.surface), color).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps text colors at 4.5:1 or more on the page, cards and hover rows', () => {
    for (const text of ['text', 'text-muted', 'text-subtle', 'accent', 'positive', 'negative', 'warning']) {
      for (const bg of ['bg', 'surface', 'surface-2', 'surface-hover']) {
        expect(contrast(v(text), v(bg)), `--${text} on --${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(contrast(v('accent-text'), v('accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('accent'), v('accent-soft'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('positive'), v('positive-soft'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('negative'), v('negative-soft'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('warning'), v('warning-soft'))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the series colors apart from one another', () => {
    const s = palette.series;
    const distinct = new Set(s.map((c) => c.toLowerCase()));
    expect(distinct.size).toBe(s.length);
  });
});
