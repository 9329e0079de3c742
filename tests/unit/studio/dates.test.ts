import { describe, expect, it } from 'vitest';
import {
  epochDay,
  inferYears,
  isoOfEpochDay,
  readDateText,
  resolveColumn,
  type PartialDate,
} from '../../../src/main/import/studio/dates';
import { MONTH_LOCALES } from '../../../src/main/import/studio/months';

const REQUIRED = [
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
];

function fixedOf(text: string): PartialDate | undefined {
  return readDateText(text)?.fixed;
}

describe('localized year-less dates', () => {
  it('covers every required locale', () => {
    for (const l of REQUIRED) expect(MONTH_LOCALES).toContain(l);
  });

  // Expected strings come from Intl itself (the same ICU the app runs on), for every month and several
  // day numbers, in long and short, and with native digits where a locale has them.
  for (const locale of REQUIRED) {
    it(`reads ${locale} day+month dates as Intl writes them`, () => {
      const styles: Intl.DateTimeFormatOptions[] = [
        { month: 'long', day: 'numeric' },
        { month: 'short', day: 'numeric' },
      ];
      const failures: string[] = [];
      for (const style of styles) {
        const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { ...style, timeZone: 'UTC' });
        for (let month = 1; month <= 12; month++) {
          for (const day of [1, 9, 16, 28]) {
            const text = format.format(new Date(Date.UTC(2001, month - 1, day)));
            const got = readDateText(text);
            const date = got?.fixed ?? (got?.dm && got.md ? null : (got?.dm ?? got?.md));
            if (!date || date.month !== month || date.day !== day)
              failures.push(`${text} → ${JSON.stringify(got)}`);
          }
        }
      }
      // Numeric short forms ("28. 4." in Czech) are resolved per column, not per cell: only judge names.
      expect(failures.filter((f) => !/^\d+\.\s?\d+\.?\s/.test(f))).toEqual([]);
    });
  }

  it('reads Arabic-Indic digits', () => {
    const text = new Intl.DateTimeFormat('ar-EG-u-ca-gregory', {
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2001, 5, 18)));
    expect(fixedOf(text)).toEqual({ year: null, month: 6, day: 18 });
  });

  it('reads the literal examples from real Studio downloads', () => {
    expect(fixedOf('February 28')).toEqual({ year: null, month: 2, day: 28 });
    expect(fixedOf('28 August')).toEqual({ year: null, month: 8, day: 28 });
    expect(fixedOf('8 de marzo')).toEqual({ year: null, month: 3, day: 8 });
    expect(fixedOf('28 апреля')).toEqual({ year: null, month: 4, day: 28 });
    expect(fixedOf('18 tháng Sáu')).toEqual({ year: null, month: 6, day: 18 });
    expect(fixedOf('9月16日')).toEqual({ year: null, month: 9, day: 16 });
    expect(fixedOf('March 31')).toEqual({ year: null, month: 3, day: 31 });
    expect(fixedOf('2025/10/31')).toEqual({ year: 2025, month: 10, day: 31 });
    expect(fixedOf('2025/10/31 18:03:12')).toEqual({ year: 2025, month: 10, day: 31 });
  });

  it('reads every spelled-out Vietnamese month', () => {
    const names = [
      'Một',
      'Hai',
      'Ba',
      'Tư',
      'Năm',
      'Sáu',
      'Bảy',
      'Tám',
      'Chín',
      'Mười',
      'Mười Một',
      'Mười Hai',
    ];
    names.forEach((name, i) =>
      expect(fixedOf(`3 tháng ${name}`)).toEqual({ year: null, month: i + 1, day: 3 }),
    );
  });

  it('resolves numeric day.month / month/day by the whole column', () => {
    expect(resolveColumn(['16.9.', '17.9.'].map(readDateText))).toEqual([
      { year: null, month: 9, day: 16 },
      { year: null, month: 9, day: 17 },
    ]);
    // 9/12, 9/13: month/day reads consecutive days, day/month would not.
    expect(resolveColumn(['9/12', '9/13'].map(readDateText)).map((d) => d && `${d.month}-${d.day}`)).toEqual([
      '9-12',
      '9-13',
    ]);
    // 12.9., 13.9.: only day.month is valid for 13.
    expect(
      resolveColumn(['12.9.', '13.9.'].map(readDateText)).map((d) => d && `${d.month}-${d.day}`),
    ).toEqual(['9-12', '9-13']);
  });

  it('refuses text that is not a date', () => {
    expect(readDateText('hello')).toBeNull();
    expect(readDateText('31 February')).toBeNull();
    expect(readDateText('')).toBeNull();
  });
});

describe('year inference', () => {
  const md = (month: number, day: number): PartialDate => ({ year: null, month, day });
  const iso = (days: number[]): string[] => days.map(isoOfEpochDay);

  it('walks back across New Year', () => {
    const exportDay = epochDay(2026, 1, 2);
    const { days, lag } = inferYears([md(12, 30), md(12, 31), md(1, 1)], exportDay);
    expect(iso(days)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01']);
    expect(lag).toBe(1);
  });

  it('handles an export made two days after the last row', () => {
    const { days, lag } = inferYears([md(12, 31), md(1, 1)], epochDay(2026, 1, 3));
    expect(iso(days)).toEqual(['2025-12-31', '2026-01-01']);
    expect(lag).toBe(2);
  });

  it('gives a whole year of rows the right years', () => {
    const exportDay = epochDay(2026, 3, 1);
    const truth: number[] = [];
    for (let n = exportDay - 365; n < exportDay; n++) truth.push(n);
    const dates = truth.map((n) => {
      const d = new Date(n * 86_400_000);
      return md(d.getUTCMonth() + 1, d.getUTCDate());
    });
    expect(inferYears(dates, exportDay).days).toEqual(truth);
  });

  it('places February 29 in a leap year', () => {
    const { days } = inferYears([md(2, 28), md(2, 29), md(3, 1)], epochDay(2024, 3, 2));
    expect(iso(days)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('keeps rows that repeat a date on the same day (follower activity: 24 rows per day)', () => {
    const { days } = inferYears([md(12, 31), md(12, 31), md(1, 1), md(1, 1)], epochDay(2026, 1, 2));
    expect(iso(days)).toEqual(['2025-12-31', '2025-12-31', '2026-01-01', '2026-01-01']);
  });

  it('reads rows given newest first', () => {
    const { days } = inferYears([md(1, 2), md(1, 1), md(12, 31)], epochDay(2026, 1, 3));
    expect(iso(days)).toEqual(['2026-01-02', '2026-01-01', '2025-12-31']);
  });

  it('keeps years that the cells carry', () => {
    const { days } = inferYears([{ year: 2024, month: 10, day: 31 }], epochDay(2026, 1, 3));
    expect(iso(days)).toEqual(['2024-10-31']);
  });
});
