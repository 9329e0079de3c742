// The card every chart sits in: title, subtitle, and "save as PNG / SVG" buttons that export the
// whole figure (title, every panel, legends, the note under it). Put a recharts <ResponsiveContainer>
// (or a fixed-size chart, or AlignedPanels) as the child.
import { useRef, type ReactNode } from 'react';
import { useTheme } from '../app/ThemeContext';
import { useToast } from '../app/ToastContext';
import { chartPalettes } from '../charts/palette';
import { Button } from './Button';
import { figurePngBlob, figureSvgBlob, type FigureText } from './chartExport';
import { downloadBlob, safeFileName } from './download';
import { useDrawWhenNear } from './useDrawWhenNear';

export interface ChartFrameProps {
  title: string;
  subtitle?: ReactNode;
  /** Height of the chart area in px (default 300); the chart should fill it (ResponsiveContainer). */
  height?: number;
  /** Extra controls next to the export buttons (a metric switch, a period picker). */
  actions?: ReactNode;
  /** File name of exports, without extension (default: the title). */
  fileName?: string;
  /** Shown under the chart: a legend note, the source, a caveat. */
  footer?: ReactNode;
  /** The chart in words (what it shows, first and last values), read by screen readers in its place. */
  summary?: string;
  testId?: string;
  children: ReactNode;
}

/** A subtitle as plain text for the chart's label (rich subtitles fall back to the title alone). */
const subtitleText = (subtitle: ReactNode): string => (typeof subtitle === 'string' ? subtitle : '');

export function ChartFrame({
  title,
  subtitle,
  height = 300,
  actions,
  fileName,
  footer,
  summary,
  testId,
  children,
}: ChartFrameProps) {
  const body = useRef<HTMLDivElement>(null);
  const draw = useDrawWhenNear(body);
  const { resolved } = useTheme();
  const toast = useToast();
  const background = chartPalettes[resolved].surface;
  const name = safeFileName(fileName ?? title);

  const section = useRef<HTMLElement>(null);
  const save = async (kind: 'png' | 'svg') => {
    const area = body.current;
    if (!area?.querySelector('svg')) return toast.show('There is no chart to save yet.', 'negative');
    // The card's own words go with the figure: its title, subtitle and note, as shown.
    const palette = chartPalettes[resolved];
    const text: FigureText = {
      title,
      subtitle: section.current?.querySelector('.card-header p')?.textContent ?? undefined,
      footer: section.current?.querySelector('[data-chart-footer]')?.textContent ?? undefined,
      color: palette.text,
      muted: palette.axis,
      font: getComputedStyle(area).fontFamily,
    };
    try {
      const blob =
        kind === 'svg' ? figureSvgBlob(area, background, text) : await figurePngBlob(area, background, text);
      downloadBlob(blob, `${name}.${kind}`);
    } catch (e) {
      toast.show(e instanceof Error ? e.message : String(e), 'negative');
    }
  };

  return (
    <section className="card" data-testid={testId} ref={section}>
      <header className="card-header">
        <div>
          <h2>{title}</h2>
          {subtitle && <p>{subtitle}</p>}
        </div>
        <div className="row">
          {actions}
          <div className="chart-frame-actions">
            <Button
              size="sm"
              variant="ghost"
              icon="image"
              onClick={() => void save('png')}
              aria-label={`Save ${title} as PNG`}
            >
              PNG
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon="download"
              onClick={() => void save('svg')}
              aria-label={`Save ${title} as SVG`}
            >
              SVG
            </Button>
          </div>
        </div>
      </header>
      <div className="card-body">
        <div
          ref={body}
          className="chart-frame-body"
          style={{ height }}
          role="img"
          aria-label={summary ? `${title}: ${summary}` : `${title}. ${subtitleText(subtitle)}`}
        >
          {/* Until drawn, the chart's area keeps its size; tests wait for data-chart-pending to go. */}
          {draw ? children : <div className="chart-pending" data-chart-pending style={{ height }} />}
        </div>
        {footer && (
          <div
            className="muted"
            data-chart-footer
            style={{ fontSize: 'var(--text-sm)', marginTop: 'var(--space-3)' }}
          >
            {footer}
          </div>
        )}
      </div>
    </section>
  );
}
