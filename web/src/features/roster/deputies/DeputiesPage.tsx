import type { Deputy, DeputyStatus } from '@renda/shared';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton } from '../../../components/buttons';
import { PagedTable } from '../../../components/DataTable';
import { ListSearch } from '../../../components/ListSearch';
import { useListParams } from '../../../components/useListParams';
import { useCan } from '../../auth/session';
import { DeputyStatusTag, orDash } from '../labels';
import { useDeputies } from '../queries';
import { DelegationSelect, GenderSelect, StatusSelect, TermSelect } from '../selects';
import { DeputyDrawer } from './DeputyDrawer';
import { DeputyFormDrawer } from './DeputyFormDrawer';

const FILTERS = ['q', 'termId', 'delegationId', 'status', 'gender'] as const;

/** 代表名册: search, filter and page through the deputies; admins add and edit. */
export function DeputiesPage() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const { page, pageSize, filters, setFilters } = useListParams(FILTERS);
  const [openId, setOpenId] = useState<string>();
  const [editing, setEditing] = useState<Deputy | 'new'>();
  const list = useDeputies({
    page,
    pageSize,
    q: filters.q,
    termId: filters.termId,
    delegationId: filters.delegationId,
    status: filters.status as DeputyStatus | undefined,
    gender: filters.gender as 'male' | 'female' | undefined,
  });

  const columns: TableColumnsType<Deputy> = [
    { title: t('deputy.fields.name'), dataIndex: 'name', fixed: 'left', width: 110 },
    {
      title: t('deputy.fields.gender'),
      dataIndex: 'gender',
      width: 70,
      render: (g: Deputy['gender']) => t(`gender.${g}`),
    },
    { title: t('deputy.fields.ethnicity'), dataIndex: 'ethnicity', width: 90 },
    { title: t('deputy.fields.delegation'), dataIndex: 'delegationName', width: 160, render: orDash },
    { title: t('deputy.fields.occupation'), dataIndex: 'occupation', render: orDash },
    { title: t('deputy.fields.party'), dataIndex: 'party', width: 130, render: orDash },
    {
      title: t('deputy.fields.status'),
      dataIndex: 'status',
      width: 140,
      render: (s: DeputyStatus) => <DeputyStatusTag status={s} />,
    },
  ];

  return (
    <>
      <div className="toolbar">
        <ListSearch
          initial={filters.q}
          placeholder={t('deputy.search')}
          onSearch={(q) => setFilters({ q })}
          testId="deputy-search"
        />
        <TermSelect
          allowClear
          placeholder={t('deputy.fields.term')}
          value={filters.termId}
          onChange={(v) => setFilters({ termId: v, delegationId: undefined })}
        />
        <DelegationSelect
          termId={filters.termId}
          placeholder={t('deputy.fields.delegation')}
          value={filters.delegationId ?? null}
          onChange={(v) => setFilters({ delegationId: v })}
        />
        <StatusSelect
          allowClear
          placeholder={t('deputy.fields.status')}
          value={filters.status as DeputyStatus | undefined}
          onChange={(v) => setFilters({ status: v })}
        />
        <GenderSelect
          allowClear
          placeholder={t('deputy.fields.gender')}
          value={filters.gender as 'male' | 'female' | undefined}
          onChange={(v) => setFilters({ gender: v })}
        />
        {canWrite && <AddButton onClick={() => setEditing('new')}>{t('deputy.create')}</AddButton>}
      </div>
      <PagedTable<Deputy>
        list={list}
        page={page}
        pageSize={pageSize}
        setFilters={setFilters}
        columns={columns}
        onRow={(d) => ({ onClick: () => setOpenId(d.id), style: { cursor: 'pointer' } })}
      />
      <DeputyDrawer
        id={openId}
        onClose={() => setOpenId(undefined)}
        onEdit={canWrite ? (d) => setEditing(d) : undefined}
      />
      {editing && (
        <DeputyFormDrawer
          deputy={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
