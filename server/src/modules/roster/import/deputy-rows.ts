import { type DeputyInput, type DeputyStatus, deputyInputSchema } from '@renda/shared';
import { parseBirthDate } from './parse-date';
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

type DeputyField =
  | 'name'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'delegation'
  | 'constituency'
  | 'occupation'
  | 'party'
  | 'status'
  | 'phone'
  | 'email'
  | 'address'
  | 'cardCode';

/** The deputy template's columns, in template order. */
export const DEPUTY_COLUMNS: readonly ColumnSpec<DeputyField>[] = [
  { field: 'name', labels: ['姓名'], required: true },
  { field: 'gender', labels: ['性别'], required: true },
  { field: 'ethnicity', labels: ['民族'] },
  { field: 'birthDate', labels: ['出生日期', '出生年月'] },
  { field: 'delegation', labels: ['代表团'] },
  { field: 'constituency', labels: ['选区/选举单位', '选区', '选举单位'] },
  { field: 'occupation', labels: ['职业/职务', '职业', '职务', '工作单位及职务'] },
  { field: 'party', labels: ['党派', '政治面貌'] },
  { field: 'status', labels: ['状态'] },
  { field: 'phone', labels: ['手机', '手机号', '电话'] },
  { field: 'email', labels: ['邮箱', '电子邮箱'] },
  { field: 'address', labels: ['地址', '通讯地址'] },
  { field: 'cardCode', labels: ['代表证号'] },
];

export const GENDER_LABELS: Record<string, 'male' | 'female'> = {
  男: 'male',
  女: 'female',
  男性: 'male',
  女性: 'female',
  male: 'male',
  female: 'female',
};

export const STATUS_LABELS: Record<string, DeputyStatus> = {
  在任: 'in_office',
  辞职: 'resigned',
  罢免: 'recalled',
  去世: 'deceased',
  逝世: 'deceased',
  任期届满: 'mandate_ended',
  暂停执行职务: 'suspended',
  in_office: 'in_office',
  resigned: 'resigned',
  recalled: 'recalled',
  deceased: 'deceased',
  mandate_ended: 'mandate_ended',
  suspended: 'suspended',
};

export interface DeputyRowContext {
  termId: string;
  /** 代表团 name → id, within the term */
  delegations: ReadonlyMap<string, string>;
}

/** Spreadsheet rows → deputy inputs checked by the shared schema, and every problem with its row and column. */
export function deputyRows(table: ParsedTable, ctx: DeputyRowContext): RowsResult<DeputyInput> {
  const { index, errors } = mapHeader(table, DEPUTY_COLUMNS);
  if (errors.length) return { total: table.rows.length, rows: [], errors };
  const rows: ImportRow<DeputyInput>[] = [];
  const rowErrors: RowError[] = [];
  const label = (field: string) => labelOf(DEPUTY_COLUMNS, field === 'delegationId' ? 'delegation' : field);
  const firstRow = firstRowOf();
  for (const tr of table.rows) {
    const c = cellsOf(tr, index);
    const mine: RowError[] = [];
    const fail = (field: DeputyField, message: string) =>
      mine.push({ row: tr.row, column: label(field), message });
    const dup = firstRow(c.cardCode, tr.row);
    if (dup !== undefined) fail('cardCode', `代表证号“${c.cardCode}”与第 ${dup} 行重复`);
    const gender = c.gender ? GENDER_LABELS[c.gender.toLowerCase()] : undefined;
    if (c.gender && !gender) fail('gender', `性别“${c.gender}”无效，应为“男”或“女”`);
    const birthDate = c.birthDate ? parseBirthDate(c.birthDate) : undefined;
    if (birthDate === null) fail('birthDate', `出生日期“${c.birthDate}”无法识别，请写作 1970-01-02`);
    const status = c.status ? STATUS_LABELS[c.status] : undefined;
    if (c.status && !status)
      fail('status', `状态“${c.status}”无效，应为 在任/辞职/罢免/去世/任期届满/暂停执行职务`);
    const delegationId = c.delegation ? ctx.delegations.get(c.delegation) : undefined;
    if (c.delegation && !delegationId) fail('delegation', `代表团“${c.delegation}”在本届中不存在`);
    const parsed = deputyInputSchema.safeParse({
      termId: ctx.termId,
      name: c.name ?? '',
      gender,
      ethnicity: orUndefined(c.ethnicity),
      birthDate: birthDate ?? undefined,
      delegationId: delegationId ?? null,
      constituency: orUndefined(c.constituency),
      occupation: orUndefined(c.occupation),
      party: orUndefined(c.party),
      status,
      phone: orUndefined(c.phone),
      email: orUndefined(c.email),
      address: orUndefined(c.address),
      cardCode: orUndefined(c.cardCode),
    });
    if (!parsed.success) addIssues(mine, tr.row, parsed.error.issues, label);
    if (mine.length || !parsed.success) rowErrors.push(...mine);
    else rows.push({ row: tr.row, data: parsed.data });
  }
  return { total: table.rows.length, rows, errors: sortErrors(rowErrors) };
}
