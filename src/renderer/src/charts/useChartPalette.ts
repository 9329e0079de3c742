import { useTheme } from '../app/ThemeContext';
import { chartPalettes, type ChartPalette } from './palette';

/** The palette of the theme on screen; charts re-render with the right colors when the theme changes. */
export function useChartPalette(): ChartPalette {
  return chartPalettes[useTheme().resolved];
}
