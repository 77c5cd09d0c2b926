import { type UnitInput, type UnitKind, unitInputSchema } from '@renda/shared';
import type { ParsedTable, RowError } from './parse-table';
import {
  addIssues,
  type ColumnSpec,
  cellsOf,
  firstRowOf,
  type ImportRow,
  labelOf,
  mapHeader,
  orUndefined,
  type RowsResult,
  sortErrors,
} from './table-columns';

type UnitField = 'name' | 'shortName' | 'kind' | 'contactPerson' | 'phone' | 'address';

/** The unit template's columns, in template order. */
export const UNIT_COLUMNS: readonly ColumnSpec<UnitField>[] = [
  { field: 'name', labels: ['单位名称', '名称'], required: true },
  { field: 'shortName', labels: ['简称'] },
  { field: 'kind', labels: ['类型', '单位类型'], required: true },
  { field: 'contactPerson', labels: ['联系人'] },
  { field: 'phone', labels: ['电话', '联系电话'] },
  { field: 'address', labels: ['地址'] },
];

export const KIND_LABELS: Record<string, UnitKind> = {
  政府: 'government',
  人民政府: 'government',
  政府部门: 'government_department',
  政府工作部门: 'government_department',
  监察委员会: 'supervisory_commission',
  监委: 'supervisory_commission',
  人民法院: 'court',
  法院: 'court',
  人民检察院: 'procuratorate',
  检察院: 'procuratorate',
  专门委员会: 'special_committee',
  人大工作机构: 'congress_office',
  人大常委会工作机构: 'congress_office',
  代表联络站: 'liaison_station',
  其他: 'other',
  government: 'government',
  government_department: 'government_department',
  supervisory_commission: 'supervisory_commission',
  court: 'court',
  procuratorate: 'procuratorate',
  special_committee: 'special_committee',
  congress_office: 'congress_office',
  liaison_station: 'liaison_station',
  other: 'other',
};

const KIND_HINT = '政府/政府部门/监察委员会/人民法院/人民检察院/专门委员会/人大工作机构/代表联络站/其他';

/** Spreadsheet rows → unit inputs checked by the shared schema, and every problem with its row and column. */
export function unitRows(table: ParsedTable): RowsResult<UnitInput> {
  const { index, errors } = mapHeader(table, UNIT_COLUMNS);
  if (errors.length) return { total: table.rows.length, rows: [], errors };
  const rows: ImportRow<UnitInput>[] = [];
  const rowErrors: RowError[] = [];
  const label = (field: string) => labelOf(UNIT_COLUMNS, field);
  const firstRow = firstRowOf();
  for (const tr of table.rows) {
    const c = cellsOf(tr, index);
    const mine: RowError[] = [];
    const fail = (field: UnitField, message: string) =>
      mine.push({ row: tr.row, column: label(field), message });
    const dup = firstRow(c.name, tr.row);
    if (dup !== undefined) fail('name', `单位名称“${c.name}”与第 ${dup} 行重复`);
    const kind = c.kind ? KIND_LABELS[c.kind] : undefined;
    if (c.kind && !kind) fail('kind', `类型“${c.kind}”无效，应为 ${KIND_HINT}`);
    const parsed = unitInputSchema.safeParse({
      name: c.name ?? '',
      shortName: orUndefined(c.shortName),
      kind,
      contactPerson: orUndefined(c.contactPerson),
      phone: orUndefined(c.phone),
      address: orUndefined(c.address),
    });
    if (!parsed.success) addIssues(mine, tr.row, parsed.error.issues, label);
    if (mine.length || !parsed.success) rowErrors.push(...mine);
    else rows.push({ row: tr.row, data: parsed.data });
  }
  return { total: table.rows.length, rows, errors: sortErrors(rowErrors) };
}
