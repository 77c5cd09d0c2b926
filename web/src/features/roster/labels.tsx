import type { DeputyStatus, UnitKind } from '@renda/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<DeputyStatus, string | undefined> = {
  in_office: 'green',
  suspended: 'orange',
  resigned: undefined,
  recalled: 'red',
  deceased: undefined,
  mandate_ended: undefined,
};

export function DeputyStatusTag({ status }: { status: DeputyStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`deputyStatus.${status}`)}</Tag>;
}

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return <Tag>{t(`unitKind.${kind}`)}</Tag>;
}

/** Shown for empty values in tables and details. */
export const DASH = '—';
export const orDash = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? DASH : v;
