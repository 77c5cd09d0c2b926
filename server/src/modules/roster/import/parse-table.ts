import { AppError } from '@renda/shared';
import ExcelJS from 'exceljs';
import { parseCsv } from './parse-csv';

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 10_000;

/** One problem in an import file. `row` is the spreadsheet row number (the header is row 1); 0 means the whole file. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface TableRow {
  /** The spreadsheet row number, counting the header row. */
  row: number;
  cells: string[];
}

export interface ParsedTable {
  headerRow: number;
  header: string[];
  /** Data rows below the header; rows whose cells are all blank are left out. */
  rows: TableRow[];
}

export const fileError = (message: string): AppError =>
  new AppError('IMPORT_INVALID', { errors: [{ row: 0, column: '', message } satisfies RowError] });

/** .xlsx or .csv bytes → the header and the data rows, every cell as trimmed text. */
export async function parseTable(bytes: Uint8Array, filename: string): Promise<ParsedTable> {
  const ext = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext !== 'xlsx' && ext !== 'csv') throw fileError('仅支持 .xlsx 或 .csv 文件（Excel 请另存为 .xlsx）');
  if (bytes.byteLength === 0) throw fileError('文件是空的');
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw fileError('文件过大，上限为 10 MB');
  const all = ext === 'xlsx' ? await readXlsx(bytes) : parseCsv(bytes);
  const rows = all.filter((r) => r.cells.some((c) => c !== ''));
  const [head, ...data] = rows;
  if (!head) throw fileError('文件中没有表头和数据');
  if (data.length > IMPORT_MAX_ROWS) throw fileError(`一次最多导入 ${IMPORT_MAX_ROWS} 行，请分批导入`);
  return { headerRow: head.row, header: head.cells, rows: data };
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[]> {
  // an .xlsx file is a zip archive: PK\x03\x04
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw fileError('不是有效的 .xlsx 文件');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw fileError('无法读取该 .xlsx 文件，请用 Excel 重新保存后再试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('工作簿中没有工作表');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value).trim());
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** A cell as text: dates become YYYY-MM-DD, rich text and formulas their visible text. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.text);
    return '';
  }
  return String(value);
}
