// The export's file layout in words a creator recognises: TikTok changed where things sit in its JSON
// export twice (the importer calls the layouts A, B and C), and the TXT export is a fourth.
import type { ExportLayout } from '../../../../shared/domain';

const NAMES: Record<ExportLayout, string> = {
  A: 'JSON export, 2020 – early 2024 style',
  B: 'JSON export, late 2024 – 2025 style',
  C: 'JSON export, 2026 style',
  txt: 'Text (TXT) export',
};

export const exportFormatName = (layout: ExportLayout): string => NAMES[layout];
