import type { Term } from '@renda/shared';
import { type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton, editColumn } from '../../../components/buttons';
import { DataTable } from '../../../components/DataTable';
import { useCan } from '../../auth/session';
import { orDash } from '../labels';
import { currentTerm, useTerms } from '../queries';
import { TermModal } from './TermModal';

/** 届次: the congress's terms; the running one is marked. */
export function TermsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const terms = useTerms();
  const [editing, setEditing] = useState<Term | 'new'>();
  const current = currentTerm(terms.data);

  const columns: TableColumnsType<Term> = [
    {
      title: t('term.fields.label'),
      dataIndex: 'label',
      render: (label: string, term) => (
        <>
          {label} {term.id === current?.id && <Tag color="red">{t('term.current')}</Tag>}
        </>
      ),
    },
    { title: t('term.fields.number'), dataIndex: 'number' },
    { title: t('term.fields.startDate'), dataIndex: 'startDate' },
    { title: t('term.fields.endDate'), dataIndex: 'endDate', render: orDash },
  ];
  if (canWrite) columns.push(editColumn<Term>(t, setEditing));

  return (
    <>
      {canWrite && (
        <div className="toolbar">
          <AddButton onClick={() => setEditing('new')}>{t('term.create')}</AddButton>
        </div>
      )}
      <DataTable<Term>
        error={terms.error}
        columns={columns}
        dataSource={[...(terms.data ?? [])].sort((a, b) => b.number - a.number)}
        loading={terms.isFetching}
        pagination={false}
      />
      {editing && (
        <TermModal
          term={editing === 'new' ? undefined : editing}
          nextNumber={Math.max(0, ...(terms.data ?? []).map((x) => x.number)) + 1}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
