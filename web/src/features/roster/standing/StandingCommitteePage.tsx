import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { SC_POSITIONS, type ScMember } from '@renda/shared';
import { Alert, Button, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/session';
import { orDash } from '../labels';
import { useScMembers } from '../queries';
import { TermSelect } from '../selects';
import { useTermFilter } from '../useTermFilter';
import { ScMemberModal } from './ScMemberModal';

const rank = (p: ScMember['position']) => SC_POSITIONS.indexOf(p);

/** 常委会组成人员 of one term: chair first, then vice-chairs, secretary-general, members. */
export function StandingCommitteePage() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const { terms, termId, setTermId } = useTermFilter();
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
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, m) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(m)}>
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
            {t('sc.add')}
          </Button>
        )}
      </div>
      {(terms.error || list.error) && (
        <ErrorAlert error={terms.error ?? list.error} style={{ marginBottom: 16 }} />
      )}
      <Table<ScMember>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {editing && termId && (
        <ScMemberModal
          termId={termId}
          member={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
