// Month names for reading Studio's localized, year-less dates ("8 de marzo", "28 апреля"), built from
// Intl rather than hand tables: for each locale, the long and short names both standalone and as they
// appear next to a day (so genitive forms such as Russian "апреля" or Polish "kwietnia" are covered),
// plus the whole "month part" of a day+month date ("de marzo", "tháng 6").

/**
 * Locales in priority order. When two locales spell different months the same way (Croatian "listopad"
 * is October, Polish/Czech "listopad" November), the earlier locale keeps the name.
 */
export const MONTH_LOCALES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'ru',
  'uk',
  'tr',
  'id',
  'vi',
  'ja',
  'ko',
  'zh',
  'th',
  'ar',
  'sv',
  'ro',
  'cs',
  'hu',
  'el',
  // Further TikTok UI languages and neighbours; lower priority.
  'fil',
  'ms',
  'hi',
  'bn',
  'he',
  'fi',
  'da',
  'nb',
  'sk',
  'bg',
  'ca',
  'zh-Hant',
  'km',
  'my',
  'jv',
  'ur',
  'fa',
  'pt-PT',
  'es-MX',
  'en-GB',
  'lt',
  'lv',
  'sl',
  'et',
  'sr-Latn',
  'hr',
] as const;

/**
 * Forms seen in real Studio files that Intl does not produce. Vietnamese Studio spells the month out
 * ("18 tháng Sáu" = 18 June) where Intl gives "tháng 6"; "Giêng" and "Chạp" are the traditional names of
 * the first and last month. Keys are written already normalized (see normalizeDateText).
 */
const SUPPLEMENT: ReadonlyArray<readonly [string, number]> = [
  ['thang mot', 1],
  ['thang gieng', 1],
  ['thang hai', 2],
  ['thang ba', 3],
  ['thang tu', 4],
  ['thang bon', 4],
  ['thang nam', 5],
  ['thang sau', 6],
  ['thang bay', 7],
  ['thang tam', 8],
  ['thang chin', 9],
  ['thang muoi', 10],
  ['thang muoi mot', 11],
  ['thang muoi hai', 12],
  ['thang chap', 12],
];

/** Zero code points of the decimal digit blocks found in the locales above (ASCII is handled by NFKC). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x17e0, 0x1040, 0x0ae6, 0x0a66, 0x0be6];

export function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
    return ch;
  });
}

/**
 * Case-, accent- and punctuation-insensitive form of a date or month name. Only Latin/Greek/Cyrillic
 * combining accents and Arabic hamza/harakat are removed: Thai, Bengali or Burmese vowel signs tell
 * months apart ("ม.ค." January, "มี.ค." March) and are kept. Digits become ASCII.
 */
export function normalizeDateText(s: string): string {
  return asciiDigits(s.normalize('NFKC'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,،、·'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MonthTables {
  /** A single month word ("апреля", "abr", "四月"). */
  words: Map<string, number>;
  /** The whole non-day part of a day+month date ("de marzo", "thang 6", "thg 6"). */
  phrases: Map<string, number>;
}

let cached: MonthTables | null = null;

function addKey(
  map: Map<string, number>,
  owner: Map<string, string>,
  dropped: Set<string>,
  key: string,
  month: number,
  locale: string,
): void {
  if (key === '' || /^\d+$/.test(key) || dropped.has(key)) return;
  const existing = map.get(key);
  if (existing === undefined) {
    map.set(key, month);
    owner.set(key, locale);
  } else if (existing !== month && owner.get(key) === locale) {
    // Ambiguous inside one locale: useless, drop it.
    map.delete(key);
    dropped.add(key);
  }
}

export function monthTables(): MonthTables {
  if (cached) return cached;
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const wordOwner = new Map<string, string>();
  const phraseOwner = new Map<string, string>();
  const dropped = new Set<string>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { month: 'long', day: 'numeric' },
    { month: 'short', day: 'numeric' },
  ];
  for (const locale of MONTH_LOCALES) {
    let formats: Intl.DateTimeFormat[];
    try {
      // Gregorian months whatever the locale's default calendar (Persian defaults to Solar Hijri).
      formats = styles.map(
        (o) => new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { ...o, timeZone: 'UTC' }),
      );
    } catch {
      continue; // a runtime without this locale's data
    }
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2001, month - 1, 20));
      for (const format of formats) {
        const parts = format.formatToParts(date);
        for (const p of parts) {
          if (p.type === 'month')
            addKey(words, wordOwner, dropped, normalizeDateText(p.value), month, locale);
        }
        if (parts.some((p) => p.type === 'day')) {
          const rest = normalizeDateText(
            parts
              .filter((p) => p.type !== 'day')
              .map((p) => p.value)
              .join(' '),
          );
          addKey(phrases, phraseOwner, dropped, rest, month, locale);
        }
      }
    }
  }
  for (const [key, month] of SUPPLEMENT) if (!phrases.has(key)) phrases.set(key, month);
  cached = { words, phrases };
  return cached;
}
