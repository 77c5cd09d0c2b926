import type { DbOrTx } from '../../../platform/db/database';
import { checkImport, type ImportKind } from './check-import';
import { parseTable, type RowError } from './parse-table';

export interface ImportFile {
  filename: string;
  bytes: Uint8Array;
}

export interface ImportPreview {
  /** data rows in the file */
  total: number;
  /** rows that would be imported */
  valid: number;
  rows: { row: number; data: Record<string, unknown> }[];
  errors: RowError[];
}

/** What an import would do, without writing anything: the rows as they would be stored, and every problem. */
export async function previewImport(
  db: DbOrTx,
  jid: string,
  kind: ImportKind,
  file: ImportFile,
): Promise<ImportPreview> {
  const table = await parseTable(file.bytes, file.filename);
  const checked = await checkImport(db, jid, kind, table);
  const rows =
    checked.kind === 'deputies'
      ? checked.rows.map((r) => ({
          row: r.row,
          data: {
            ...r.data,
            delegationName: r.data.delegationId
              ? (checked.delegationNames.get(r.data.delegationId) ?? null)
              : null,
          },
        }))
      : checked.rows.map((r) => ({ row: r.row, data: { ...r.data } }));
  return { total: checked.total, valid: rows.length, rows, errors: checked.errors };
}
