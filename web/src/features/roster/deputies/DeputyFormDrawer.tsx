import { type Deputy, deputyInputSchema, deputyPatchSchema } from '@renda/shared';
import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { toDay } from '../../../components/zod-form';
import { currentTerm, rosterKeys, useTerms } from '../queries';
import { DelegationSelect, GenderSelect, StatusSelect, TermSelect } from '../selects';
import { useVersionedSave } from '../useSave';

const TEXT = ['constituency', 'occupation', 'party'] as const;
const CONTACT = ['phone', 'email', 'address', 'cardCode'] as const;

function initialValues(d: Deputy | undefined, termId: string | undefined) {
  if (!d) return { termId, ethnicity: '汉族', status: 'in_office' };
  return { ...d, birthDate: toDay(d.birthDate), statusDate: toDay(d.statusDate) };
}

/** Create a deputy, or edit one with optimistic locking (the record's `version` goes with the change). */
export function DeputyFormDrawer({ deputy, onClose }: { deputy?: Deputy; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const terms = useTerms();
  const termId = Form.useWatch('termId', form) as string | undefined;
  const { base, stale, save, submit } = useVersionedSave({
    record: deputy,
    path: '/api/deputies',
    form,
    inputSchema: deputyInputSchema,
    patchSchema: deputyPatchSchema,
    savedText: (updated) => t(updated ? 'deputy.updated' : 'deputy.created'),
    toForm: (latest) => initialValues(latest, undefined),
    onLatest: (latest) => queryClient.setQueryData(rosterKeys.deputy(latest.id), latest),
    onClose,
  });

  const editTermId = base?.termId ?? termId;
  return (
    <FormDrawer
      title={t(base ? 'deputy.editTitle' : 'deputy.createTitle')}
      width={560}
      form={form}
      formKey={terms.isPending ? 'loading' : 'ready'}
      initialValues={initialValues(base, currentTerm(terms.data)?.id)}
      onFinish={submit}
      saving={save.isPending}
      error={save.error}
      stale={stale}
      saveTestId="deputy-save"
      onClose={onClose}
    >
      {!base && (
        <Form.Item name="termId" label={t('deputy.fields.term')} required>
          <TermSelect onChange={() => form.setFieldValue('delegationId', null)} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('deputy.fields.name')} required>
        <Input maxLength={50} data-testid="deputy-name" />
      </Form.Item>
      <Form.Item name="gender" label={t('deputy.fields.gender')} required>
        <GenderSelect />
      </Form.Item>
      <Form.Item name="ethnicity" label={t('deputy.fields.ethnicity')} required>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="birthDate" label={t('deputy.fields.birthDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="delegationId" label={t('deputy.fields.delegation')}>
        <DelegationSelect termId={editTermId} />
      </Form.Item>
      {TEXT.map((k) => (
        <Form.Item key={k} name={k} label={t(`deputy.fields.${k}`)}>
          <Input maxLength={200} />
        </Form.Item>
      ))}
      <Form.Item name="status" label={t('deputy.fields.status')} required>
        <StatusSelect />
      </Form.Item>
      <Form.Item name="statusDate" label={t('deputy.fields.statusDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="statusNote" label={t('deputy.fields.statusNote')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {CONTACT.map((k) => (
        <Form.Item key={k} name={k} label={t(`deputy.fields.${k}`)}>
          <Input maxLength={k === 'address' ? 300 : 200} />
        </Form.Item>
      ))}
    </FormDrawer>
  );
}
