import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, type TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/** The primary "add" button of a list's toolbar. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} style={{ minWidth: 0 }}>
      {children}
    </Button>
  );
}

/** A table's last column: an edit button on each row. */
export function editColumn<T>(t: TFunction, onEdit: (row: T) => void, width?: number): TableColumnType<T> {
  return {
    title: t('common.actions'),
    key: 'actions',
    ...(width === undefined ? {} : { width }),
    render: (_, row) => (
      <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(row)}>
        {t('common.edit')}
      </Button>
    ),
  };
}
