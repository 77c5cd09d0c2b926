import type { z } from 'zod';
import type { ParsedTable, RowError, TableRow } from './parse-table';

/** A column of an import template: the field it fills, its header labels (the first is the template's), whether it must be there. */
export interface ColumnSpec<F extends string = string> {
  field: F;
  labels: readonly string[];
  required?: boolean;
}

export interface ImportRow<T> {
  row: number;
  data: T;
}

export interface RowsResult<T> {
  total: number;
  rows: ImportRow<T>[];
  errors: RowError[];
}

const normalize = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();

/** Which column holds which field. Chinese template labels and English field names are both accepted; unknown columns are ignored. */
export function mapHeader<F extends string>(table: ParsedTable, specs: readonly ColumnSpec<F>[]) {
  const index = new Map<F, number>();
  const errors: RowError[] = [];
  table.header.forEach((h, i) => {
    const n = normalize(h);
    if (!n) return;
    const spec = specs.find((s) => normalize(s.field) === n || s.labels.some((l) => normalize(l) === n));
    if (!spec) return;
    if (index.has(spec.field)) errors.push({ row: table.headerRow, column: h, message: `列“${h}”重复` });
    else index.set(spec.field, i);
  });
  for (const s of specs) {
    if (s.required && !index.has(s.field)) {
      errors.push({
        row: table.headerRow,
        column: s.labels[0] ?? s.field,
        message: `缺少必填列“${s.labels[0]}”`,
      });
    }
  }
  return { index, errors };
}

/** The row's cells by field; a column the file lacks is undefined. */
export function cellsOf<F extends string>(
  row: TableRow,
  index: ReadonlyMap<F, number>,
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, i] of index) out[field] = row.cells[i] ?? '';
  return out;
}

export const labelOf = <F extends string>(specs: readonly ColumnSpec<F>[], field: string): string =>
  specs.find((s) => s.field === field)?.labels[0] ?? field;

/** A blank cell is left out, so the schema's default (or null) applies. */
export const orUndefined = (v: string | undefined): string | undefined => (v ? v : undefined);

/** Zod's complaint about one field, said in Chinese. */
export function issueMessage(label: string, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return `${label}不能为空`;
    case 'too_big':
      return `${label}不能超过 ${String(issue.maximum)} 个字`;
    case 'invalid_format':
      return `${label}格式不正确`;
    case 'invalid_value':
      return `${label}的取值无效`;
    case 'invalid_type':
      return issue.input === undefined ? `${label}不能为空` : `${label}格式不正确`;
    default:
      return `${label}无效`;
  }
}

/** The schema's complaints as row errors, one per column, skipping columns that already have one. */
export function addIssues(
  errors: RowError[],
  row: number,
  issues: z.core.$ZodIssue[],
  label: (field: string) => string,
): void {
  const failed = new Set(errors.map((e) => e.column));
  for (const issue of issues) {
    const column = label(String(issue.path[0] ?? ''));
    if (!failed.has(column)) errors.push({ row, column, message: issueMessage(column, issue) });
    failed.add(column);
  }
}

/** Remembers the first row of each key; for a key seen before, returns the row it first appeared in. */
export function firstRowOf(): (key: string | undefined, row: number) => number | undefined {
  const seen = new Map<string, number>();
  return (key, row) => {
    if (!key) return undefined;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    return first;
  };
}

/** Rows whose key already exists in the database are errors. */
export function rejectTaken<T>(
  result: RowsResult<T>,
  keyOf: (data: T) => string | null | undefined,
  taken: ReadonlySet<string>,
  column: string,
  message: (value: string) => string,
): RowsResult<T> {
  const errors = [...result.errors];
  const rows = result.rows.filter((r) => {
    const key = keyOf(r.data);
    if (!key || !taken.has(key)) return true;
    errors.push({ row: r.row, column, message: message(key) });
    return false;
  });
  return { total: result.total, rows, errors: sortErrors(errors) };
}

export const sortErrors = (errors: RowError[]): RowError[] => [...errors].sort((a, b) => a.row - b.row);
