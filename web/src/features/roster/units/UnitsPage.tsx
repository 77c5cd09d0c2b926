import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Unit, UnitKind } from '@renda/shared';
import { Button, Input, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  const [search, setSearch] = useState(filters.q ?? '');
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
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, u) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <>
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('unit.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => setFilters({ q: v.trim() })}
          style={{ width: 220 }}
        />
        <UnitKindSelect
          allowClear
          placeholder={t('unit.fields.kind')}
          value={filters.kind as UnitKind | undefined}
          onChange={(v) => setFilters({ kind: v })}
          style={{ width: 180 }}
        />
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            style={{ minWidth: 0 }}
          >
            {t('unit.create')}
          </Button>
        )}
      </div>
      {list.error && <ErrorAlert error={list.error} style={{ marginBottom: 16 }} />}
      <Table<Unit>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (count) => t('common.total', { count }),
          onChange: (p, ps) => setFilters({ page: p, pageSize: ps }),
        }}
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
