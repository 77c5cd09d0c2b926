import { Card, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAccountNames } from '../accounts/queries';
import { DASH } from '../roster/labels';
import { type ProfileVersion, useProfileVersions } from './queries';

/** Every saved version with its note, newest first. */
export function VersionHistory() {
  const { t } = useTranslation();
  const versions = useProfileVersions();
  const names = useAccountNames();
  const rows = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  const latest = rows[0]?.version;
  return (
    <Card size="small" title={t('profile.history')}>
      {versions.error && <ErrorAlert error={versions.error} />}
      <Table<ProfileVersion>
        rowKey="version"
        size="small"
        loading={versions.isFetching}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('profile.versionCol'),
            dataIndex: 'version',
            render: (v: number) => (
              <Tag color={v === latest ? 'red' : undefined}>{t('profile.version', { version: v })}</Tag>
            ),
          },
          {
            title: t('profile.updatedAt'),
            dataIndex: 'createdAt',
            render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
          },
          {
            title: t('profile.createdBy'),
            dataIndex: 'createdBy',
            render: (by: string | null) => (by ? (names.get(by) ?? by) : DASH),
          },
          { title: t('profile.note'), dataIndex: 'note', render: (n: string | null) => n ?? DASH },
        ]}
      />
    </Card>
  );
}
