import { type Delegation, delegationInputSchema } from '@renda/shared';
import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { clean, validateWith } from '../../../components/zod-form';
import { useRosterSave } from '../useSave';

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
  const [form] = Form.useForm();
  const save = useRosterSave({
    form,
    mutationFn: (body: { name: string; sortOrder: number }) =>
      delegation
        ? patch(`/api/delegations/${delegation.id}`, body)
        : post('/api/delegations', { ...body, termId }),
    savedText: t('common.saved'),
    onClose,
  });

  const submit = (raw: Record<string, unknown>) => {
    const parsed = validateWith(delegationInputSchema, { ...clean(raw), termId }, form, t);
    if (parsed) save.mutate({ name: parsed.name, sortOrder: parsed.sortOrder });
  };

  return (
    <FormModal
      title={t(delegation ? 'delegation.editTitle' : 'delegation.createTitle')}
      form={form}
      initialValues={delegation ?? { sortOrder: 0 }}
      onFinish={submit}
      saving={save.isPending}
      error={save.error}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('delegation.fields.name')} required>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('delegation.fields.sortOrder')} extra={t('delegation.sortHint')}>
        <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
