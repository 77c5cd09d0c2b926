import { SC_POSITIONS, type ScMember } from '@renda/shared';
import { type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editColumn } from '../../../components/buttons';
import { useCan } from '../../auth/session';
import { orDash } from '../labels';
import { useScMembers } from '../queries';
import { TermScopedList } from '../TermScopedList';
import { useTermFilter } from '../useTermFilter';
import { ScMemberModal } from './ScMemberModal';

const rank = (p: ScMember['position']) => SC_POSITIONS.indexOf(p);

/** 常委会组成人员 of one term: chair first, then vice-chairs, secretary-general, members. */
export function StandingCommitteePage() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const filter = useTermFilter();
  const { termId } = filter;
  const list = useScMembers(termId);
  const [editing, setEditing] = useState<ScMember | 'new'>();

  const rows = [...(list.data ?? [])].sort(
    (a, b) => Number(!!a.endDate) - Number(!!b.endDate) || rank(a.position) - rank(b.position),
  );
  const columns: TableColumnsType<ScMember> = [
    { title: t('sc.fields.deputy'), dataIndex: 'deputyName', fixed: 'left' },
    {
      title: t('sc.fields.position'),
      dataIndex: 'position',
      render: (p: ScMember['position']) => t(`scPosition.${p}`),
    },
    { title: t('sc.fields.startDate'), dataIndex: 'startDate' },
    { title: t('sc.fields.endDate'), dataIndex: 'endDate', render: orDash },
    {
      title: t('deputy.fields.status'),
      key: 'serving',
      render: (_, m) => (m.endDate ? <Tag>{t('sc.ended')}</Tag> : <Tag color="green">{t('sc.serving')}</Tag>),
    },
  ];
  if (canWrite) columns.push(editColumn<ScMember>(t, setEditing));

  return (
    <TermScopedList<ScMember>
      filter={filter}
      list={list}
      rows={rows}
      columns={columns}
      addLabel={t('sc.add')}
      onAdd={canWrite ? () => setEditing('new') : undefined}
    >
      {editing && termId && (
        <ScMemberModal
          termId={termId}
          member={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </TermScopedList>
  );
}
