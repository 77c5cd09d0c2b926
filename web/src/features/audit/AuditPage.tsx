import type { AuditEntry, Page } from '@renda/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AutoComplete, DatePicker, Select, type TableColumnsType, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, withQuery } from '../../api/client';
import { PagedTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useListParams } from '../../components/useListParams';
import { DASH } from '../roster/labels';
import { useDebounced } from '../roster/selects';
import { AuditDiff } from './AuditDiff';
import { VerifyChain } from './VerifyChain';

const FILTERS = ['action', 'subjectType', 'from', 'to'] as const;

/** 审计日志: every sign-in and change, newest first; expand a row for the before/after record. */
export function AuditPage() {
  const { t } = useTranslation();
  const { page, pageSize, filters, setFilters } = useListParams(FILTERS);
  const list = useQuery({
    queryKey: ['audit', page, pageSize, filters],
    queryFn: () => get<Page<AuditEntry>>(withQuery('/api/audit', { page, pageSize, ...filters })),
    placeholderData: keepPreviousData,
  });
  const [actionText, setActionText] = useState(filters.action ?? '');
  const settledAction = useDebounced(actionText.trim(), 400);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the text filters
  useEffect(() => {
    if (settledAction !== (filters.action ?? '')) setFilters({ action: settledAction });
  }, [settledAction]);
  const actions: Record<string, string> = t('audit.actions', { returnObjects: true });
  const subjects: Record<string, string> = t('audit.subjects', { returnObjects: true });
  const actionLabel = (a: string) => actions[a] ?? a;

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('audit.fields.at'),
      dataIndex: 'at',
      width: 170,
      render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm:ss'),
    },
    { title: t('audit.fields.actor'), dataIndex: 'actorLabel' },
    {
      title: t('audit.fields.action'),
      dataIndex: 'action',
      render: (a: string) => (
        <span title={a}>
          {actionLabel(a)}
          {actions[a] && (
            <Tag style={{ marginInlineStart: 6 }} variant="outlined">
              {a}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('audit.fields.subject'),
      key: 'subject',
      render: (_, e) => (
        <>
          {subjects[e.subjectType] ?? e.subjectType}
          {e.subjectId && <div style={{ fontSize: 12, color: '#6b7280' }}>{e.subjectId}</div>}
        </>
      ),
    },
    { title: t('audit.fields.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? DASH },
  ];

  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} extra={<VerifyChain />} />
      <div className="toolbar">
        <AutoComplete
          allowClear
          placeholder={t('audit.filters.action')}
          value={actionText}
          options={Object.entries(actions).map(([value, label]) => ({ value, label: `${label} · ${value}` }))}
          onChange={(v: string | undefined) => setActionText(v ?? '')}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('audit.filters.subjectType')}
          value={filters.subjectType}
          options={Object.entries(subjects).map(([value, label]) => ({ value, label }))}
          onChange={(v: string | undefined) => setFilters({ subjectType: v })}
          style={{ width: 180 }}
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(r) =>
            setFilters({
              from: r?.[0]?.startOf('day').toISOString(),
              to: r?.[1]?.endOf('day').toISOString(),
            })
          }
          style={{ width: 260 }}
        />
      </div>
      <PagedTable<AuditEntry>
        list={list}
        page={page}
        pageSize={pageSize}
        setFilters={setFilters}
        columns={columns}
        scroll={{ x: 960 }}
        expandable={{ expandedRowRender: (e) => <AuditDiff entry={e} /> }}
        style={{ background: '#fff' }}
      />
    </>
  );
}
