export { exportExcel } from './export-excel';
export { exportPopolo, type PopoloExport, popoloDocument } from './export-popolo';
export { exportWord } from './export-word';
export type { ExportFile } from './wording';
