import { type ErrorCode, errorMessages } from '@renda/shared';
import type { TFunction } from 'i18next';
import { currentLanguage } from '../i18n';
import { isApiError } from './client';

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorMessages, code);
}

/** The localized sentence for an error, chosen by its code (never the server's raw text). */
export function errorText(err: unknown, t: TFunction): string {
  if (!isApiError(err)) return t('errors.unknown');
  if (err.code === 'NETWORK') return t('errors.network');
  if (isKnownCode(err.code)) return errorMessages[err.code][currentLanguage()];
  return t('errors.unknown');
}

/** One item of an error's details, normalised: a row/column (imports) or a field path (validation). */
export interface DetailLine {
  row?: number;
  column?: string;
  path?: string;
  message: string;
}

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Accepts the shapes the server sends: an array of issues, `{errors: [...]}`, or `{reason}`. */
export function detailLines(details: unknown): DetailLine[] {
  const rec = asRecord(details);
  const list = Array.isArray(details)
    ? details
    : Array.isArray(rec?.errors)
      ? (rec.errors as unknown[])
      : undefined;
  if (!list) {
    if (typeof rec?.reason === 'string') return [{ message: rec.reason }];
    return [];
  }
  return list.map((item) => {
    const r = asRecord(item) ?? {};
    const line: DetailLine = { message: typeof r.message === 'string' ? r.message : JSON.stringify(item) };
    if (typeof r.row === 'number') line.row = r.row;
    if (typeof r.column === 'string') line.column = r.column;
    if (typeof r.path === 'string') line.path = r.path.replace(/^body\.?/, '');
    return line;
  });
}

/** Field errors from a VALIDATION_FAILED response, keyed by the first path segment of the body. */
export function fieldErrors(err: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!isApiError(err, 'VALIDATION_FAILED')) return out;
  for (const line of detailLines(err.details)) {
    const field = line.path?.split('.')[0];
    if (!field) continue;
    out[field] = [...(out[field] ?? []), line.message];
  }
  return out;
}
