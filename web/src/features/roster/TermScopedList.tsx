import { Alert, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton } from '../../components/buttons';
import { DataTable } from '../../components/DataTable';
import { TermSelect } from './selects';
import type { useTermFilter } from './useTermFilter';

/**
 * A list of one term: a term picker (and, for writers, an add button) above an unpaged table; the
 * editor goes in `children`. With no term yet, only a hint.
 */
export function TermScopedList<T extends object>({
  filter: { terms, termId, setTermId },
  list,
  rows,
  columns,
  addLabel,
  onAdd,
  children,
}: {
  filter: ReturnType<typeof useTermFilter>;
  list: { error: Error | null; isFetching: boolean };
  rows: T[];
  columns: TableColumnsType<T>;
  addLabel: ReactNode;
  onAdd?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (terms.data && terms.data.length === 0) return <Alert type="info" showIcon title={t('roster.noTerm')} />;
  return (
    <>
      <div className="toolbar">
        <TermSelect value={termId} onChange={setTermId} placeholder={t('roster.pickTerm')} />
        {onAdd && termId && <AddButton onClick={onAdd}>{addLabel}</AddButton>}
      </div>
      <DataTable<T>
        error={terms.error ?? list.error}
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        pagination={false}
      />
      {children}
    </>
  );
}
