import { SC_POSITIONS, type ScMember, scMemberInputSchema } from '@renda/shared';
import { DatePicker, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { clean, toDay, validateWith } from '../../../components/zod-form';
import { DeputySelect } from '../selects';
import { useRosterSave } from '../useSave';

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
  const [form] = Form.useForm();
  const save = useRosterSave({
    form,
    mutationFn: (body: Record<string, unknown>) =>
      member ? patch(`/api/standing-committee/${member.id}`, body) : post('/api/standing-committee', body),
    savedText: t('common.saved'),
    onClose,
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
    <FormModal
      title={member ? `${t('sc.editTitle')} · ${member.deputyName}` : t('sc.addTitle')}
      form={form}
      initialValues={
        member
          ? { position: member.position, endDate: toDay(member.endDate) }
          : { position: 'member', startDate: undefined }
      }
      onFinish={submit}
      saving={save.isPending}
      error={save.error}
      onClose={onClose}
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
    </FormModal>
  );
}
