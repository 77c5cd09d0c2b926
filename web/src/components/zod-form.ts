import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { fieldErrors } from '../api/errors';

/** The parts of a zod issue we read; zod's own issue types fit this shape. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  origin?: string;
  input?: unknown;
}
type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };
export interface Schema<T> {
  safeParse(value: unknown): SafeParse<T>;
}

/** A localized message for one zod issue (the shared schemas carry English messages). */
export function issueText(issue: Issue, t: TFunction): string {
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? t('errors.field.required')
        : t('errors.field.invalid');
    case 'too_small':
      if (issue.origin === 'string')
        return min <= 1 ? t('errors.field.required') : t('errors.field.tooShort', { min });
      return t('errors.field.tooSmall', { min });
    case 'too_big':
      return issue.origin === 'string'
        ? t('errors.field.tooLong', { max })
        : t('errors.field.tooBig', { max });
    case 'invalid_format':
      if (issue.format === 'email') return t('errors.field.email');
      if (issue.message.includes('YYYY-MM-DD')) return t('errors.field.date');
      return t('errors.field.format');
    case 'invalid_value':
      return t('errors.field.choice');
    default:
      return t('errors.field.invalid');
  }
}

/** Trims strings, turns blanks into null and dates into YYYY-MM-DD, ready for a shared schema. */
export function clean(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (typeof v === 'string') out[k] = v.trim() === '' ? null : v.trim();
    else if (dayjs.isDayjs(v)) out[k] = (v as Dayjs).format('YYYY-MM-DD');
    else out[k] = v;
  }
  return out;
}

/** A YYYY-MM-DD string as the value a DatePicker expects. */
export const toDay = (d: string | null | undefined): Dayjs | undefined => (d ? dayjs(d) : undefined);

/** Parse with a shared schema; on failure mark the fields in the form and return undefined. */
export function validateWith<T>(
  schema: Schema<T>,
  body: unknown,
  form: FormInstance,
  t: TFunction,
): T | undefined {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const byField = new Map<string, string[]>();
  for (const issue of r.error.issues) {
    const name = String(issue.path[0] ?? '');
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), issueText(issue, t)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return undefined;
}

/** Puts the field messages of a VALIDATION_FAILED response next to the fields. */
export function showServerFieldErrors(err: unknown, form: FormInstance): void {
  const errs = fieldErrors(err);
  const known = Object.keys(form.getFieldsValue(true) as Record<string, unknown>);
  form.setFields(
    Object.entries(errs)
      .filter(([name]) => known.includes(name))
      .map(([name, errors]) => ({ name, errors })),
  );
}
