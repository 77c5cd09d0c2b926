import type { PublishedResult } from '@renda/shared';
import { exportExcel } from './export-excel';
import { exportPopolo } from './export-popolo';
import { exportWord } from './export-word';
import type { ExportFile } from './wording';

export { exportExcel } from './export-excel';
export { exportPopolo, type PopoloExport, popoloDocument } from './export-popolo';
export { exportWord } from './export-word';
export type { ExportFile } from './wording';

export const EXPORT_FORMATS = ['xlsx', 'docx', 'popolo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A published vote or election round in the format asked for. */
export async function exportPublished(doc: PublishedResult, format: ExportFormat): Promise<ExportFile> {
  if (format === 'xlsx') return exportExcel(doc);
  if (format === 'docx') return exportWord(doc);
  return exportPopolo(doc);
}
