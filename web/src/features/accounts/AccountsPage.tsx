import { PlusOutlined } from '@ant-design/icons';
import type { Account } from '@renda/shared';
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/session';
import { AccountActions } from './AccountActions';
import { CreateAccountModal } from './CreateAccountModal';
import { InitialPasswordModal } from './InitialPasswordModal';
import { LinkedName } from './LinkedName';
import { useAccounts } from './queries';

export interface Issued {
  account: Account;
  initialPassword: string;
}

/** 账户: who may sign in, with which role; passwords are issued once and changed by their owners. */
export function AccountsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('accounts.write');
  const accounts = useAccounts();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<Issued>();

  const status = (a: Account) => {
    const tags = [];
    if (a.disabled) tags.push(<Tag key="d">{t('accounts.disabled')}</Tag>);
    else
      tags.push(
        <Tag key="a" color="green">
          {t('accounts.active')}
        </Tag>,
      );
    if (a.lockedUntil && dayjs(a.lockedUntil).isAfter(dayjs())) {
      tags.push(
        <Tag key="l" color="orange">
          {t('accounts.locked', { time: dayjs(a.lockedUntil).format('HH:mm') })}
        </Tag>,
      );
    }
    if (a.mustChangePassword) tags.push(<Tag key="m">{t('accounts.mustChange')}</Tag>);
    return tags;
  };

  const columns: TableColumnsType<Account> = [
    { title: t('accounts.fields.username'), dataIndex: 'username', fixed: 'left' },
    { title: t('accounts.fields.displayName'), dataIndex: 'displayName' },
    { title: t('accounts.fields.role'), dataIndex: 'role', render: (r: Account['role']) => t(`roles.${r}`) },
    {
      title: t('accounts.fields.linked'),
      key: 'linked',
      render: (_, a) => <LinkedName deputyId={a.deputyId} unitId={a.unitId} />,
    },
    { title: t('accounts.fields.status'), key: 'status', render: (_, a) => status(a) },
    {
      title: t('accounts.fields.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (d: string | null) => (d ? dayjs(d).format('YYYY-MM-DD HH:mm') : t('accounts.never')),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) => <AccountActions account={a} onIssued={setIssued} />,
    });
  }

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="account-create"
            >
              {t('accounts.create')}
            </Button>
          )
        }
      />
      {accounts.error && <ErrorAlert error={accounts.error} style={{ marginBottom: 16 }} />}
      <Table<Account>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={accounts.data}
        loading={accounts.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 50,
          hideOnSinglePage: true,
          showTotal: (count) => t('common.total', { count }),
        }}
        style={{ background: '#fff' }}
      />
      {creating && <CreateAccountModal onClose={() => setCreating(false)} onIssued={setIssued} />}
      {issued && (
        <InitialPasswordModal
          username={issued.account.username}
          password={issued.initialPassword}
          onClose={() => setIssued(undefined)}
        />
      )}
    </>
  );
}
