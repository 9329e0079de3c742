// Saves a rendered recharts chart as SVG or PNG. The SVG is cloned with each element's computed
// styles inlined (CSS classes and variables do not survive outside the page), then drawn on a canvas
// at 2× for the PNG. Everything stays local: blob URLs, no network.

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

export interface LegendEntry {
  label: string;
  color: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_ROW = 28;

/** Draws the legend entries as a row of colored dots and labels under the chart. */
function appendLegend(clone: SVGSVGElement, legend: LegendEntry[], top: number, font: string): void {
  let x = 16;
  for (const entry of legend) {
    const dot = document.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('cx', String(x + 5));
    dot.setAttribute('cy', String(top + LEGEND_ROW / 2));
    dot.setAttribute('r', '5');
    dot.setAttribute('fill', entry.color);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + 16));
    text.setAttribute('y', String(top + LEGEND_ROW / 2 + 4));
    text.setAttribute('style', `font:12px ${font};fill:${entry.color}`);
    text.textContent = entry.label;
    clone.append(dot, text);
    x += 36 + entry.label.length * 7;
  }
}

/** A standalone copy of the chart's SVG with computed styles inlined, a background and the legend. */
export function serializeChart(
  svg: SVGSVGElement,
  background: string,
  legend: LegendEntry[] = [],
): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = box.width;
  const height = box.height + (legend.length > 0 ? LEGEND_ROW : 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!(copy instanceof Element)) return;
    const computed = getComputedStyle(el);
    const inline = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', inline);
    copy.removeAttribute('class');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  if (legend.length > 0) appendLegend(clone, legend, box.height, getComputedStyle(svg).fontFamily);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

export function chartSvgBlob(svg: SVGSVGElement, background: string, legend: LegendEntry[] = []): Blob {
  const { markup } = serializeChart(svg, background, legend);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n`, markup], { type: 'image/svg+xml' });
}

export async function chartPngBlob(
  svg: SVGSVGElement,
  background: string,
  legend: LegendEntry[] = [],
  scale = 2,
): Promise<Blob> {
  const { markup, width, height } = serializeChart(svg, background, legend);
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
