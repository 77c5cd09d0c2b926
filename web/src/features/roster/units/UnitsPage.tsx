import type { Unit, UnitKind } from '@renda/shared';
import { type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton, editColumn } from '../../../components/buttons';
import { PagedTable } from '../../../components/DataTable';
import { ListSearch } from '../../../components/ListSearch';
import { useListParams } from '../../../components/useListParams';
import { useCan } from '../../auth/session';
import { orDash, UnitKindTag } from '../labels';
import { useUnits } from '../queries';
import { UnitKindSelect } from '../selects';
import { UnitFormDrawer } from './UnitFormDrawer';

const FILTERS = ['q', 'kind'] as const;

/** 承办单位: the government bodies and offices that handle suggestions and report to the congress. */
export function UnitsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const { page, pageSize, filters, setFilters } = useListParams(FILTERS);
  const [editing, setEditing] = useState<Unit | 'new'>();
  const list = useUnits({ page, pageSize, q: filters.q, kind: filters.kind as UnitKind | undefined });

  const columns: TableColumnsType<Unit> = [
    { title: t('unit.fields.name'), dataIndex: 'name', fixed: 'left' },
    { title: t('unit.fields.shortName'), dataIndex: 'shortName', render: orDash },
    { title: t('unit.fields.kind'), dataIndex: 'kind', render: (k: UnitKind) => <UnitKindTag kind={k} /> },
    { title: t('unit.fields.contactPerson'), dataIndex: 'contactPerson', render: orDash },
    { title: t('unit.fields.phone'), dataIndex: 'phone', render: orDash },
    {
      title: t('unit.fields.active'),
      dataIndex: 'active',
      render: (a: boolean) =>
        a ? <Tag color="green">{t('unit.active')}</Tag> : <Tag>{t('unit.inactive')}</Tag>,
    },
  ];
  if (canWrite) columns.push(editColumn<Unit>(t, setEditing));

  return (
    <>
      <div className="toolbar">
        <ListSearch initial={filters.q} placeholder={t('unit.search')} onSearch={(q) => setFilters({ q })} />
        <UnitKindSelect
          allowClear
          placeholder={t('unit.fields.kind')}
          value={filters.kind as UnitKind | undefined}
          onChange={(v) => setFilters({ kind: v })}
          style={{ width: 180 }}
        />
        {canWrite && <AddButton onClick={() => setEditing('new')}>{t('unit.create')}</AddButton>}
      </div>
      <PagedTable<Unit>
        list={list}
        page={page}
        pageSize={pageSize}
        setFilters={setFilters}
        columns={columns}
      />
      {editing && (
        <UnitFormDrawer
          unit={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
