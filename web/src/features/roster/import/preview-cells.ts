import type { TFunction } from 'i18next';
import { DASH } from '../labels';

/** Parsed fields that are internal references, not something to read. */
export const HIDDEN_KEYS = new Set(['id', 'termId', 'parentId', 'jurisdictionId', 'version']);

/** Column titles: the form labels of the kind; a linked delegation reads as "代表团". */
export function columnLabel(key: string, labels: Record<string, string>, t: TFunction): string {
  if (key === 'delegationId' || key === 'delegationName') return t('deputy.fields.delegation');
  return labels[key] ?? key;
}

/** One parsed value as plain text: codes in words, the delegation by name. */
export function cellText(
  key: string,
  value: unknown,
  t: TFunction,
  delegations: Map<string, string>,
): string {
  if (value === null || value === undefined || value === '') return DASH;
  const enumLabels: Record<string, Record<string, string>> = {
    gender: t('gender', { returnObjects: true }),
    status: t('deputyStatus', { returnObjects: true }),
    kind: t('unitKind', { returnObjects: true }),
  };
  if (typeof value === 'string' && enumLabels[key]?.[value]) return enumLabels[key][value];
  if (key === 'delegationId' && typeof value === 'string') return delegations.get(value) ?? value;
  if (typeof value === 'boolean')
    return key === 'active' ? t(value ? 'unit.active' : 'unit.inactive') : String(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
