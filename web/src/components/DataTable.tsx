import type { Page } from '@renda/shared';
import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

type DataTableProps<T> = TableProps<T> & { error?: Error | null };

/** A list's failure (if any) above its table, with the usual row key, size and horizontal scroll. */
export function DataTable<T extends object>({ error, ...props }: DataTableProps<T>) {
  return (
    <>
      {error && <ErrorAlert error={error} style={{ marginBottom: 16 }} />}
      <Table<T> rowKey="id" size="middle" scroll={{ x: 'max-content' }} {...props} />
    </>
  );
}

/** The query behind a paged list: one page of rows and the total. */
export interface PageQuery<T> {
  data?: Page<T>;
  error: Error | null;
  isFetching: boolean;
}

/** A {@link DataTable} over one page of a list whose page and page size live in the address. */
export function PagedTable<T extends object>({
  list,
  page,
  pageSize,
  setFilters,
  ...props
}: Omit<DataTableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'error'> & {
  list: PageQuery<T>;
  page: number;
  pageSize: number;
  setFilters: (patch: { page: number; pageSize: number }) => void;
}) {
  const { t } = useTranslation();
  return (
    <DataTable<T>
      {...props}
      error={list.error}
      dataSource={list.data?.items}
      loading={list.isFetching}
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (count) => t('common.total', { count }),
        onChange: (p, ps) => setFilters({ page: p, pageSize: ps }),
      }}
    />
  );
}
