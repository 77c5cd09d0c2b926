import { accountInputSchema, ROLES, type Role } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clean, showServerFieldErrors, validateWith } from '../../components/zod-form';
import { DeputySelect, UnitSelect } from '../roster/selects';
import type { Issued } from './AccountsPage';
import { accountKeys } from './queries';

/** New account: a deputy account links to a deputy, a unit account to a unit. */
export function CreateAccountModal({
  onClose,
  onIssued,
}: {
  onClose: () => void;
  onIssued: (i: Issued) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const role = Form.useWatch('role', form) as Role | undefined;
  const create = useMutation({
    mutationFn: (body: unknown) => post<Issued>('/api/accounts', body),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.list });
      onClose();
      onIssued(r);
    },
    onError: (e) => showServerFieldErrors(e, form),
  });

  const submit = (raw: Record<string, unknown>) => {
    const v = clean(raw);
    const body = {
      username: v.username,
      displayName: v.displayName,
      role: v.role,
      deputyId: v.role === 'deputy' ? (v.deputyId ?? null) : null,
      unitId: v.role === 'unit' ? (v.unitId ?? null) : null,
    };
    // A deputy account acts for one deputy, a unit account for one unit.
    const link = body.role === 'deputy' ? 'deputyId' : body.role === 'unit' ? 'unitId' : undefined;
    if (link && !body[link]) {
      form.setFields([{ name: link, errors: [t('errors.field.required')] }]);
      return;
    }
    const parsed = validateWith(accountInputSchema, body, form, t);
    if (parsed) create.mutate(parsed);
  };

  return (
    <Modal
      open
      title={t('accounts.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && <ErrorAlert error={create.error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'deputy' }}>
        <Form.Item
          name="username"
          label={t('accounts.fields.username')}
          required
          extra={t('accounts.usernameHint')}
        >
          <Input maxLength={64} autoComplete="off" data-testid="account-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.fields.displayName')} required>
          <Input maxLength={100} data-testid="account-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('accounts.fields.role')} required>
          <Select
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            data-testid="account-role"
          />
        </Form.Item>
        {role === 'deputy' && (
          <Form.Item name="deputyId" label={t('accounts.fields.deputy')} required>
            <DeputySelect data-testid="account-deputy" />
          </Form.Item>
        )}
        {role === 'unit' && (
          <Form.Item name="unitId" label={t('accounts.fields.unit')} required>
            <UnitSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
