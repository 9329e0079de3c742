// Studio cell values: counts ("10355", tolerated "10,355" / "10 355" / "1.2K"), shares ("0.59", "59%",
// "0,59"), and the several spellings of "no data" ("undefined", Business "NAN" and "--").

const NO_DATA = new Set(['', 'undefined', 'nan', '--', '-', 'null', 'n/a', 'na', 'none']);

/** `null` = no data; `undefined` = not a number at all (the caller warns). */
export function readCount(text: string): number | null | undefined {
  const t = text.trim();
  if (NO_DATA.has(t.toLowerCase())) return null;
  let s = t.replace(/^\+/, '');
  // Thousands separators: 1,234,567 / 1.234.567 / 1 234 567 / 1'234 (only in groups of exactly three).
  if (/^-?\d{1,3}([,.\s\u00a0\u202f'’]\d{3})+$/.test(s) && !/^-?\d{1,3}\.\d{3}$/.test(s))
    s = s.replace(/[,.\s\u00a0\u202f'’]/g, '');
  else if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const suffix = /^(-?\d+(?:\.\d+)?)\s*([kmb])$/i.exec(s);
  if (suffix) {
    const scale = { k: 1e3, m: 1e6, b: 1e9 }[suffix[2]!.toLowerCase() as 'k' | 'm' | 'b'];
    return Math.round(Number(suffix[1]) * scale);
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** A share of 1: "0.59" → 0.59, "59%" → 0.59, "0,59" → 0.59. */
export function readShare(text: string): number | null | undefined {
  const t = text.trim();
  if (NO_DATA.has(t.toLowerCase())) return null;
  const percent = t.endsWith('%');
  const s = (percent ? t.slice(0, -1) : t).trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s) && !/^\.\d+$/.test(s)) return undefined;
  const n = Number(s);
  return percent || n > 1 ? n / 100 : n;
}
