// The card every chart sits in: title, subtitle, and "save as PNG / SVG" buttons that export the
// recharts SVG inside it. Put a recharts <ResponsiveContainer> (or a fixed-size chart) as the child.
import { useRef, type ReactNode } from 'react';
import { useTheme } from '../app/ThemeContext';
import { useToast } from '../app/ToastContext';
import { chartPalettes } from '../charts/palette';
import { Button } from './Button';
import { chartPngBlob, chartSvgBlob, type LegendEntry } from './chartExport';
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

  // The chart's own surface, not a legend icon (those are small recharts-surface SVGs too).
  const findSvg = (): SVGSVGElement | null =>
    body.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ??
    body.current?.querySelector('svg') ??
    null;
  // recharts draws its legend in HTML: carry its entries into the export.
  const legend = (): LegendEntry[] =>
    [...(body.current?.querySelectorAll('.recharts-legend-item') ?? [])].map((item) => {
      const text = item.querySelector('.recharts-legend-item-text');
      return { label: text?.textContent ?? '', color: text ? getComputedStyle(text).color : 'currentColor' };
    });

  const save = async (kind: 'png' | 'svg') => {
    const svg = findSvg();
    if (!svg) return toast.show('There is no chart to save yet.', 'negative');
    try {
      const blob =
        kind === 'svg'
          ? chartSvgBlob(svg, background, legend())
          : await chartPngBlob(svg, background, legend());
      downloadBlob(blob, `${name}.${kind}`);
    } catch (e) {
      toast.show(e instanceof Error ? e.message : String(e), 'negative');
    }
  };

  return (
    <section className="card" data-testid={testId}>
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
          <div className="muted" style={{ fontSize: 'var(--text-sm)', marginTop: 'var(--space-3)' }}>
            {footer}
          </div>
        )}
      </div>
    </section>
  );
}
