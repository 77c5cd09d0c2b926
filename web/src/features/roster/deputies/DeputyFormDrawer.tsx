import { type Deputy, deputyInputSchema, deputyPatchSchema } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, patch, post } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../components/useIsMobile';
import { clean, showServerFieldErrors, toDay, validateWith } from '../../../components/zod-form';
import { currentTerm, rosterKeys, useTerms } from '../queries';
import { DelegationSelect, GenderSelect, StatusSelect, TermSelect } from '../selects';

const TEXT = ['constituency', 'occupation', 'party'] as const;
const CONTACT = ['phone', 'email', 'address', 'cardCode'] as const;

function initialValues(d: Deputy | undefined, termId: string | undefined) {
  if (!d) return { termId, ethnicity: '汉族', status: 'in_office' };
  return { ...d, birthDate: toDay(d.birthDate), statusDate: toDay(d.statusDate) };
}

/** Only what changed, so fields the reader never saw (or did not touch) are left alone. */
function changes(values: Record<string, unknown>, base: Deputy): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const b = base as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) if ((b[k] ?? null) !== (v ?? null)) out[k] = v;
  return out;
}

/** Create a deputy, or edit one with optimistic locking (the record's `version` goes with the change). */
export function DeputyFormDrawer({ deputy, onClose }: { deputy?: Deputy; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const terms = useTerms();
  const [base, setBase] = useState(deputy);
  const [stale, setStale] = useState(false);
  const termId = Form.useWatch('termId', form) as string | undefined;

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      base ? patch<Deputy>(`/api/deputies/${base.id}`, body) : post<Deputy>('/api/deputies', body),
    onSuccess: async () => {
      message.success(t(base ? 'deputy.updated' : 'deputy.created'));
      await queryClient.invalidateQueries({ queryKey: rosterKeys.all });
      onClose();
    },
    onError: async (e) => {
      showServerFieldErrors(e, form);
      if (isApiError(e, 'STALE_VERSION') && base) {
        const latest = await get<Deputy>(`/api/deputies/${base.id}`);
        queryClient.setQueryData(rosterKeys.deputy(base.id), latest);
        setBase(latest);
        form.resetFields();
        form.setFieldsValue(initialValues(latest, undefined));
        setStale(true);
      }
    },
  });

  const submit = (raw: Record<string, unknown>) => {
    setStale(false);
    const values = clean(raw);
    if (base) {
      const body = { ...changes(values, base), version: base.version };
      const parsed = validateWith(deputyPatchSchema, body, form, t);
      if (parsed) save.mutate(body);
    } else {
      const parsed = validateWith(deputyInputSchema, values, form, t);
      if (parsed) save.mutate(parsed);
    }
  };

  const editTermId = base?.termId ?? termId;
  return (
    <Drawer
      open
      onClose={onClose}
      title={t(base ? 'deputy.editTitle' : 'deputy.createTitle')}
      size={mobile ? '100%' : 560}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="deputy-save"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {stale && (
        <Alert type="warning" showIcon title={t('errors.staleVersion')} style={{ marginBottom: 16 }} />
      )}
      {save.error && !stale && <ErrorAlert error={save.error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(base, currentTerm(terms.data)?.id)}
        onFinish={submit}
        key={terms.isPending ? 'loading' : 'ready'}
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
      </Form>
    </Drawer>
  );
}
