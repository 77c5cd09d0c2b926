import { Alert, Button, Card, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDelegations } from '../queries';
import { cellText, columnLabel, HIDDEN_KEYS } from './preview-cells';
import type { ImportIssue, ImportKind, ImportPreview } from './types';

type Row = ImportPreview['rows'][number];

interface Props {
  kind: ImportKind;
  preview: ImportPreview;
  committing: boolean;
  error: unknown;
  onBack: () => void;
  onCommit: () => void;
}

/** The parsed rows and every problem found, row by row. Importing is possible only with no problems. */
export function PreviewStep({ kind, preview, committing, error, onBack, onCommit }: Props) {
  const { t } = useTranslation();
  const labels: Record<string, string> =
    kind === 'deputies'
      ? t('deputy.fields', { returnObjects: true })
      : t('unit.fields', { returnObjects: true });
  const fieldLabel = (key: string) => columnLabel(key, labels, t);
  const allDelegations = useDelegations(undefined, kind === 'deputies');
  const delegations = new Map((allDelegations.data ?? []).map((d) => [d.id, d.name]));
  const parsed = new Set(preview.rows.flatMap((r) => Object.keys(r.data)));
  // When the server sends the delegation's name, the id column is redundant.
  const keys = [...parsed].filter(
    (k) => !HIDDEN_KEYS.has(k) && !(k === 'delegationId' && parsed.has('delegationName')),
  );
  const badRows = new Set(preview.errors.map((e) => e.row));
  const canCommit = preview.errors.length === 0 && preview.total > 0;

  const rowColumns: TableColumnsType<Row> = [
    { title: t('import.row'), dataIndex: 'row', width: 70, fixed: 'left' },
    ...keys.map((k) => ({
      title: fieldLabel(k),
      key: k,
      render: (_: unknown, r: Row) => cellText(k, r.data[k], t, delegations),
    })),
  ];
  const errorColumns: TableColumnsType<ImportIssue> = [
    { title: t('import.row'), dataIndex: 'row', width: 80 },
    { title: t('import.column'), dataIndex: 'column', width: 140, render: (c: string) => fieldLabel(c) },
    { title: t('import.message'), dataIndex: 'message' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle" data-testid="import-summary">
        <Typography.Text strong>{t('import.total', { count: preview.total })}</Typography.Text>
        <Tag color="green">{t('import.valid', { count: preview.valid })}</Tag>
        <Tag color={preview.errors.length ? 'red' : undefined}>
          {t('import.errorCount', { count: preview.errors.length })}
        </Tag>
      </Space>
      {preview.total === 0 ? (
        <Alert type="warning" showIcon title={t('import.empty')} />
      ) : canCommit ? (
        <Alert type="success" showIcon title={t('import.noErrors')} />
      ) : (
        <Alert type="error" showIcon title={t('import.hasErrors')} />
      )}
      {preview.errors.length > 0 && (
        <Card size="small" title={t('import.errorsTitle')}>
          <Table<ImportIssue>
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            size="small"
            columns={errorColumns}
            dataSource={preview.errors}
            pagination={preview.errors.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
            data-testid="import-errors"
          />
        </Card>
      )}
      <Card size="small" title={t('import.rowsTitle')}>
        <Table<Row>
          rowKey="row"
          size="small"
          columns={rowColumns}
          dataSource={preview.rows}
          rowClassName={(r) => (badRows.has(r.row) ? 'import-row-bad' : '')}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      {!!error && <ErrorAlert error={error} />}
      <Space>
        <Button onClick={onBack}>{t('common.previous')}</Button>
        <Button
          type="primary"
          disabled={!canCommit}
          loading={committing}
          onClick={onCommit}
          data-testid="import-commit"
        >
          {t('import.commit')}
        </Button>
      </Space>
    </Space>
  );
}
