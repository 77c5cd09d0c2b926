import { SC_POSITIONS, type ScMember, scMemberInputSchema } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { clean, showServerFieldErrors, toDay, validateWith } from '../../../components/zod-form';
import { rosterKeys } from '../queries';
import { DeputySelect } from '../selects';

/** Add a member by picking a deputy of the term; or change a member's position and end date. */
export function ScMemberModal({
  termId,
  member,
  onClose,
}: {
  termId: string;
  member?: ScMember;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      member ? patch(`/api/standing-committee/${member.id}`, body) : post('/api/standing-committee', body),
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: rosterKeys.all });
      onClose();
    },
    onError: (e) => showServerFieldErrors(e, form),
  });

  const submit = (raw: Record<string, unknown>) => {
    const values = clean(raw);
    if (member) {
      save.mutate({ position: values.position, endDate: values.endDate ?? null });
      return;
    }
    const parsed = validateWith(scMemberInputSchema, { ...values, termId }, form, t);
    if (parsed) save.mutate(parsed);
  };

  return (
    <Modal
      open
      title={member ? `${t('sc.editTitle')} · ${member.deputyName}` : t('sc.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error && <ErrorAlert error={save.error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          member
            ? { position: member.position, endDate: toDay(member.endDate) }
            : { position: 'member', startDate: undefined }
        }
        onFinish={submit}
      >
        {!member && (
          <Form.Item name="deputyId" label={t('sc.fields.deputy')} required extra={t('sc.pickDeputy')}>
            <DeputySelect termId={termId} />
          </Form.Item>
        )}
        <Form.Item name="position" label={t('sc.fields.position')} required>
          <Select options={SC_POSITIONS.map((p) => ({ value: p, label: t(`scPosition.${p}`) }))} />
        </Form.Item>
        {!member && (
          <Form.Item name="startDate" label={t('sc.fields.startDate')} required>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="endDate" label={t('sc.fields.endDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
