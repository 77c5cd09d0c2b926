import type { DeputyInput, ImportKind, UnitInput } from '@renda/shared';
import type { DbOrTx } from '../../../platform/db/database';
import { deputyRows } from './deputy-rows';
import * as repo from './import.repository';
import type { ParsedTable, RowError } from './parse-table';
import { labelOf, type RowsResult, rejectTaken } from './table-columns';
import { UNIT_COLUMNS, unitRows } from './unit-rows';

export { IMPORT_KINDS, type ImportKind } from '@renda/shared';

export type CheckedImport =
  | ({
      kind: 'deputies';
      termId: string | null;
      delegationNames: ReadonlyMap<string, string>;
    } & RowsResult<DeputyInput>)
  | ({ kind: 'units' } & RowsResult<UnitInput>);

const wholeFile = (message: string): RowError => ({ row: 0, column: '', message });

/** A parsed file checked row by row and against the database: what could be imported, and every problem. */
export async function checkImport(
  db: DbOrTx,
  jid: string,
  kind: ImportKind,
  table: ParsedTable,
): Promise<CheckedImport> {
  const checked =
    kind === 'deputies' ? await checkDeputies(db, jid, table) : await checkUnits(db, jid, table);
  if (table.rows.length === 0) checked.errors.push(wholeFile('文件中没有数据行'));
  return checked;
}

async function checkDeputies(db: DbOrTx, jid: string, table: ParsedTable): Promise<CheckedImport> {
  const term = await repo.currentTerm(db, jid);
  if (!term) {
    const errors = [wholeFile('尚未设置届次：请先在“届次”中添加本届，再导入代表')];
    return {
      kind: 'deputies',
      termId: null,
      delegationNames: new Map(),
      total: table.rows.length,
      rows: [],
      errors,
    };
  }
  const list = await repo.delegationsOfTerm(db, jid, term.id);
  const result = deputyRows(table, {
    termId: term.id,
    delegations: new Map(list.map((d) => [d.name, d.id])),
  });
  const codes = result.rows.flatMap((r) => (r.data.cardCode ? [r.data.cardCode] : []));
  const taken = new Set(codes.length ? await repo.takenCardCodes(db, jid, codes) : []);
  const checked = rejectTaken(
    result,
    (d) => d.cardCode,
    taken,
    '代表证号',
    (v) => `代表证号“${v}”已存在`,
  );
  return {
    kind: 'deputies',
    termId: term.id,
    delegationNames: new Map(list.map((d) => [d.id, d.name])),
    ...checked,
  };
}

async function checkUnits(db: DbOrTx, jid: string, table: ParsedTable): Promise<CheckedImport> {
  const result = unitRows(table);
  const names = result.rows.map((r) => r.data.name);
  const taken = new Set(names.length ? await repo.takenUnitNames(db, jid, names) : []);
  const checked = rejectTaken(
    result,
    (d) => d.name,
    taken,
    labelOf(UNIT_COLUMNS, 'name'),
    (v) => `单位“${v}”已存在`,
  );
  return { kind: 'units', ...checked };
}
