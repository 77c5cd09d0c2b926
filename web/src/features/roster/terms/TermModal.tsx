import { type Term, termInputSchema } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { clean, showServerFieldErrors, toDay, validateWith } from '../../../components/zod-form';
import { rosterKeys } from '../queries';

export function TermModal({
  term,
  nextNumber,
  onClose,
}: {
  term?: Term;
  nextNumber: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      term ? patch(`/api/terms/${term.id}`, body) : post('/api/terms', body),
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: rosterKeys.all });
      onClose();
    },
    onError: (e) => showServerFieldErrors(e, form),
  });

  const submit = (raw: Record<string, unknown>) => {
    const parsed = validateWith(termInputSchema, { endDate: null, ...clean(raw) }, form, t);
    if (parsed) save.mutate(parsed);
  };

  return (
    <Modal
      open
      title={t(term ? 'term.editTitle' : 'term.createTitle')}
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
          term
            ? { number: term.number, startDate: toDay(term.startDate), endDate: toDay(term.endDate) }
            : { number: nextNumber }
        }
        onFinish={submit}
      >
        <Form.Item name="number" label={t('term.fields.number')} required>
          <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="startDate" label={t('term.fields.startDate')} required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endDate" label={t('term.fields.endDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
