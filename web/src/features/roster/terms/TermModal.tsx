import { type Term, termInputSchema } from '@renda/shared';
import { DatePicker, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { clean, toDay, validateWith } from '../../../components/zod-form';
import { useRosterSave } from '../useSave';

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
  const [form] = Form.useForm();
  const save = useRosterSave({
    form,
    mutationFn: (body: Record<string, unknown>) =>
      term ? patch(`/api/terms/${term.id}`, body) : post('/api/terms', body),
    savedText: t('common.saved'),
    onClose,
  });

  const submit = (raw: Record<string, unknown>) => {
    const parsed = validateWith(termInputSchema, { endDate: null, ...clean(raw) }, form, t);
    if (parsed) save.mutate(parsed);
  };

  return (
    <FormModal
      title={t(term ? 'term.editTitle' : 'term.createTitle')}
      form={form}
      initialValues={
        term
          ? { number: term.number, startDate: toDay(term.startDate), endDate: toDay(term.endDate) }
          : { number: nextNumber }
      }
      onFinish={submit}
      saving={save.isPending}
      error={save.error}
      onClose={onClose}
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
    </FormModal>
  );
}
