import { type Delegation, delegationInputSchema } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { clean, showServerFieldErrors, validateWith } from '../../../components/zod-form';
import { rosterKeys } from '../queries';

export function DelegationModal({
  termId,
  delegation,
  onClose,
}: {
  termId: string;
  delegation?: Delegation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: { name: string; sortOrder: number }) =>
      delegation
        ? patch(`/api/delegations/${delegation.id}`, body)
        : post('/api/delegations', { ...body, termId }),
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: rosterKeys.all });
      onClose();
    },
    onError: (e) => showServerFieldErrors(e, form),
  });

  const submit = (raw: Record<string, unknown>) => {
    const parsed = validateWith(delegationInputSchema, { ...clean(raw), termId }, form, t);
    if (parsed) save.mutate({ name: parsed.name, sortOrder: parsed.sortOrder });
  };

  return (
    <Modal
      open
      title={t(delegation ? 'delegation.editTitle' : 'delegation.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error && <ErrorAlert error={save.error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={delegation ?? { sortOrder: 0 }} onFinish={submit}>
        <Form.Item name="name" label={t('delegation.fields.name')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('delegation.fields.sortOrder')} extra={t('delegation.sortHint')}>
          <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
