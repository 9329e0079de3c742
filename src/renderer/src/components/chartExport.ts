// Saves a chart's whole figure as SVG or PNG: its title and subtitle, every recharts surface in it (a
// figure of aligned panels has one per panel, stacked on a shared time axis), the legends and panel
// labels that recharts and the kit draw in HTML, and the note under it. Each part is placed where it
// is on screen, so the file looks like the card. The SVG is cloned with each element's computed styles
// inlined (CSS classes and variables do not survive outside the page), then drawn on a canvas at 2× for
// the PNG. Everything stays local: blob URLs, no network.

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const TITLE_PX = 15;
const TEXT_PX = 12;
const LINE = 1.4;

/** The figure around the chart: what the card says above and below it. */
export interface FigureText {
  title: string;
  subtitle?: string;
  footer?: string;
  /** Colors of the title and of the smaller, muted lines; the page's font. */
  color: string;
  muted: string;
  font: string;
}

/** A copy of an SVG with every element's computed style inlined and its classes dropped. */
function inlineCopy(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!(copy instanceof Element)) return;
    const computed = getComputedStyle(el);
    copy.setAttribute('style', STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
    copy.removeAttribute('class');
  });
  return clone;
}

const shown = (r: DOMRect) => r.width > 0 && r.height > 0;

/** Tooltips and the placeholder of a chart not drawn yet are not part of the figure. */
const skipped = (el: Element) => el.closest('.recharts-tooltip-wrapper, [data-chart-pending]') !== null;

/** Splits text into lines no wider than `width` px in the given CSS font. */
function wrap(text: string, width: number, font: string): string[] {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return [text];
  ctx.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function textEl(x: number, y: number, text: string, style: string): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(Math.round(x)));
  el.setAttribute('y', String(Math.round(y)));
  el.setAttribute('dominant-baseline', 'central');
  el.setAttribute('style', style);
  el.textContent = text;
  return el;
}

/** Lines of text from `top`, one `px`-sized line each; returns the height used. */
function appendLines(into: SVGSVGElement, lines: string[], top: number, px: number, style: string): number {
  lines.forEach((line, i) => into.append(textEl(PAD, top + (i + 0.5) * px * LINE, line, style)));
  return lines.length * px * LINE;
}

/**
 * The HTML parts of the chart area (legend labels, panel labels, legend swatches) as SVG at their place
 * on screen, `origin` being the chart area's top-left corner and `dy` where it sits in the figure.
 */
function appendHtmlParts(into: SVGSVGElement, area: HTMLElement, origin: DOMRect, dy: number): void {
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim();
    if (!parent || !text || parent.closest('svg') || skipped(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (!shown(r)) continue;
    const css = getComputedStyle(parent);
    if (css.visibility === 'hidden') continue;
    const style = `font-family:${css.fontFamily};font-size:${css.fontSize};font-weight:${css.fontWeight};fill:${css.color}`;
    into.append(textEl(r.left - origin.left, r.top - origin.top + dy + r.height / 2, text, style));
  }
  // Swatches drawn as colored boxes (the kit's own legends).
  for (const el of area.querySelectorAll<HTMLElement>('.chart-legend-swatch, .chart-tooltip-swatch')) {
    if (skipped(el)) continue;
    const r = el.getBoundingClientRect();
    if (!shown(r)) continue;
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(r.left - origin.left));
    rect.setAttribute('y', String(r.top - origin.top + dy));
    rect.setAttribute('width', String(r.width));
    rect.setAttribute('height', String(r.height));
    rect.setAttribute('fill', getComputedStyle(el).backgroundColor);
    into.append(rect);
  }
}

/**
 * The figure as one standalone SVG: `area` is the element the chart draws in (every <svg> in it that is
 * not inside another one is a part: chart surfaces, legend icons), `text` what the card says around it.
 */
export function serializeFigure(
  area: HTMLElement,
  background: string,
  text: FigureText,
): { markup: string; width: number; height: number } {
  const origin = area.getBoundingClientRect();
  const width = Math.round(origin.width);
  const inner = width - 2 * PAD;
  const titleLines = wrap(text.title, inner, `600 ${TITLE_PX}px ${text.font}`);
  const subtitleLines = text.subtitle ? wrap(text.subtitle, inner, `${TEXT_PX}px ${text.font}`) : [];
  const footerLines = text.footer ? wrap(text.footer, inner, `${TEXT_PX}px ${text.font}`) : [];
  const head = PAD + (titleLines.length * TITLE_PX + subtitleLines.length * TEXT_PX) * LINE + PAD / 2;
  const foot = footerLines.length > 0 ? PAD / 2 + footerLines.length * TEXT_PX * LINE + PAD : PAD / 2;
  const height = Math.round(head + origin.height + foot);

  const figure = document.createElementNS(SVG_NS, 'svg');
  figure.setAttribute('xmlns', SVG_NS);
  figure.setAttribute('width', String(width));
  figure.setAttribute('height', String(height));
  figure.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  figure.append(bg);

  const muted = `font-family:${text.font};font-size:${TEXT_PX}px;fill:${text.muted}`;
  let y = PAD;
  y += appendLines(
    figure,
    titleLines,
    y,
    TITLE_PX,
    `font-family:${text.font};font-size:${TITLE_PX}px;font-weight:600;fill:${text.color}`,
  );
  appendLines(figure, subtitleLines, y, TEXT_PX, muted);

  const parts = [...area.querySelectorAll<SVGSVGElement>('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg') && !skipped(svg),
  );
  for (const svg of parts) {
    const r = svg.getBoundingClientRect();
    if (!shown(r)) continue;
    const copy = inlineCopy(svg);
    copy.setAttribute('x', String(r.left - origin.left));
    copy.setAttribute('y', String(r.top - origin.top + head));
    copy.setAttribute('width', String(r.width));
    copy.setAttribute('height', String(r.height));
    figure.append(copy);
  }
  appendHtmlParts(figure, area, origin, head);
  appendLines(figure, footerLines, head + origin.height + PAD / 2, TEXT_PX, muted);
  return { markup: new XMLSerializer().serializeToString(figure), width, height };
}

export function figureSvgBlob(area: HTMLElement, background: string, text: FigureText): Blob {
  const { markup } = serializeFigure(area, background, text);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n`, markup], { type: 'image/svg+xml' });
}

export async function figurePngBlob(
  area: HTMLElement,
  background: string,
  text: FigureText,
  scale = 2,
): Promise<Blob> {
  const { markup, width, height } = serializeFigure(area, background, text);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This system cannot draw the chart to an image.');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
