import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Delegation } from '@renda/shared';
import { Alert, Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/session';
import { useDelegations } from '../queries';
import { TermSelect } from '../selects';
import { useTermFilter } from '../useTermFilter';
import { DelegationModal } from './DelegationModal';

/** 代表团 of one term, in their order; admins add and rename. */
export function DelegationsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const { terms, termId, setTermId } = useTermFilter();
  const list = useDelegations(termId, !!termId);
  const [editing, setEditing] = useState<Delegation | 'new'>();

  const columns: TableColumnsType<Delegation> = [
    { title: t('delegation.fields.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    { title: t('delegation.fields.name'), dataIndex: 'name' },
    { title: t('delegation.fields.deputyCount'), dataIndex: 'deputyCount', width: 110, align: 'right' },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, d) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(d)}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  if (terms.data && terms.data.length === 0) return <Alert type="info" showIcon title={t('roster.noTerm')} />;
  return (
    <>
      <div className="toolbar">
        <TermSelect value={termId} onChange={setTermId} placeholder={t('roster.pickTerm')} />
        {canWrite && termId && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            style={{ minWidth: 0 }}
          >
            {t('delegation.create')}
          </Button>
        )}
      </div>
      {(terms.error || list.error) && (
        <ErrorAlert error={terms.error ?? list.error} style={{ marginBottom: 16 }} />
      )}
      <Table<Delegation>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...(list.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {editing && termId && (
        <DelegationModal
          termId={termId}
          delegation={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
