import type { Account } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../api/client';
import { errorText } from '../../api/errors';
import { useCurrentUser } from '../auth/session';
import type { Issued } from './AccountsPage';
import { accountKeys } from './queries';

/** Reset password (shows the new one-time password), disable/enable, rename. */
export function AccountActions({ account, onIssued }: { account: Account; onIssued: (i: Issued) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(account.displayName);
  const refresh = () => queryClient.invalidateQueries({ queryKey: accountKeys.list });
  const fail = (e: unknown) => message.error(errorText(e, t));

  const reset = useMutation({
    mutationFn: () => post<Issued>(`/api/accounts/${account.id}/reset-password`),
    onSuccess: (r) => {
      onIssued(r);
      void refresh();
    },
    onError: fail,
  });
  const update = useMutation({
    mutationFn: (body: { displayName?: string; disabled?: boolean }) =>
      patch<Account>(`/api/accounts/${account.id}`, body),
    onSuccess: () => {
      message.success(t('accounts.updated'));
      setRenaming(false);
      void refresh();
    },
    onError: fail,
  });
  const who = { name: account.displayName };

  return (
    <Space size={4} wrap>
      <Popconfirm title={t('accounts.resetConfirm', who)} onConfirm={() => reset.mutate()}>
        <Button size="small" loading={reset.isPending} data-testid={`reset-${account.username}`}>
          {t('accounts.resetPassword')}
        </Button>
      </Popconfirm>
      {account.id !== me.accountId && (
        <Popconfirm
          title={t(account.disabled ? 'accounts.enableConfirm' : 'accounts.disableConfirm', who)}
          onConfirm={() => update.mutate({ disabled: !account.disabled })}
        >
          <Button size="small" danger={!account.disabled} loading={update.isPending && !renaming}>
            {t(account.disabled ? 'accounts.enable' : 'accounts.disable')}
          </Button>
        </Popconfirm>
      )}
      <Button size="small" type="link" onClick={() => setRenaming(true)}>
        {t('accounts.rename')}
      </Button>
      <Modal
        open={renaming}
        title={t('accounts.rename')}
        onCancel={() => setRenaming(false)}
        onOk={() => name.trim() && update.mutate({ displayName: name.trim() })}
        okButtonProps={{ disabled: !name.trim() }}
        confirmLoading={update.isPending}
        destroyOnHidden
      >
        <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      </Modal>
    </Space>
  );
}
