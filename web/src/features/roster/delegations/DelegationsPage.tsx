import type { Delegation } from '@renda/shared';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editColumn } from '../../../components/buttons';
import { useCan } from '../../auth/session';
import { useDelegations } from '../queries';
import { TermScopedList } from '../TermScopedList';
import { useTermFilter } from '../useTermFilter';
import { DelegationModal } from './DelegationModal';

/** 代表团 of one term, in their order; admins add and rename. */
export function DelegationsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const filter = useTermFilter();
  const { termId } = filter;
  const list = useDelegations(termId, !!termId);
  const [editing, setEditing] = useState<Delegation | 'new'>();

  const columns: TableColumnsType<Delegation> = [
    { title: t('delegation.fields.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    { title: t('delegation.fields.name'), dataIndex: 'name' },
    { title: t('delegation.fields.deputyCount'), dataIndex: 'deputyCount', width: 110, align: 'right' },
  ];
  if (canWrite) columns.push(editColumn<Delegation>(t, setEditing, 90));

  return (
    <TermScopedList<Delegation>
      filter={filter}
      list={list}
      rows={[...(list.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)}
      columns={columns}
      addLabel={t('delegation.create')}
      onAdd={canWrite ? () => setEditing('new') : undefined}
    >
      {editing && termId && (
        <DelegationModal
          termId={termId}
          delegation={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </TermScopedList>
  );
}
