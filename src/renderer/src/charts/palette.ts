// The chart palette as concrete colors, because recharts draws SVG attributes and cannot resolve CSS
// variables in every place (gradients, PNG export). Okabe–Ito hues, darkened for the light theme so every
// mark keeps >= 3:1 contrast against the card surface. styles/tokens.css mirrors these values as
// --chart-* variables; tests/unit/renderer/palette.test.ts keeps the two in sync and checks contrast.

export type ResolvedTheme = 'light' | 'dark';

export interface ChartPalette {
  /** Series colors, in the order to use them: series[0] for the main line (e.g. followers), series[1] next. */
  series: readonly string[];
  /** Gains (new followers, growth) and losses (unfollows, decline). */
  gain: string;
  loss: string;
  grid: string;
  axis: string;
  /** The card background, for PNG export and tooltip backgrounds. */
  surface: string;
  text: string;
}

export const chartPalettes: Record<ResolvedTheme, ChartPalette> = {
  light: {
    series: ['#0072b2', '#b87f00', '#00845f', '#c2410c', '#b4558e', '#2b8cc4', '#8a7a00'],
    gain: '#00845f',
    loss: '#c2410c',
    grid: '#e2e5ea',
    axis: '#5b6270',
    surface: '#ffffff',
    text: '#16181d',
  },
  dark: {
    series: ['#3d9be0', '#e69f00', '#1fb58a', '#f0773a', '#d98cb8', '#56b4e9', '#f0e442'],
    gain: '#1fb58a',
    loss: '#f0773a',
    grid: '#2a2f3a',
    axis: '#9aa3b2',
    surface: '#171a21',
    text: '#e8eaef',
  },
};

/** The color of series `i`, cycling when there are more series than colors. */
export function seriesColor(palette: ChartPalette, i: number): string {
  return palette.series[i % palette.series.length] ?? palette.axis;
}
