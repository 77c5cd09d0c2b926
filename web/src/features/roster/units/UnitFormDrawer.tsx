import { type Unit, unitInputSchema, unitPatchSchema } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, patch, post } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../components/useIsMobile';
import { clean, showServerFieldErrors, validateWith } from '../../../components/zod-form';
import { rosterKeys, useUnit } from '../queries';
import { UnitKindSelect, UnitSelect } from '../selects';

function changes(values: Record<string, unknown>, base: Unit): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const b = base as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) if ((b[k] ?? null) !== (v ?? null)) out[k] = v;
  return out;
}

/** Create a unit, or edit one with optimistic locking. */
export function UnitFormDrawer({ unit, onClose }: { unit?: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [base, setBase] = useState(unit);
  const [stale, setStale] = useState(false);
  const parent = useUnit(base?.parentId);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      base ? patch<Unit>(`/api/units/${base.id}`, body) : post<Unit>('/api/units', body),
    onSuccess: async () => {
      message.success(t(base ? 'unit.updated' : 'unit.created'));
      await queryClient.invalidateQueries({ queryKey: rosterKeys.all });
      onClose();
    },
    onError: async (e) => {
      showServerFieldErrors(e, form);
      if (isApiError(e, 'STALE_VERSION') && base) {
        const latest = await get<Unit>(`/api/units/${base.id}`);
        setBase(latest);
        form.resetFields();
        form.setFieldsValue(latest);
        setStale(true);
      }
    },
  });

  const submit = (raw: Record<string, unknown>) => {
    setStale(false);
    const values = clean(raw);
    if (base) {
      const body = { ...changes(values, base), version: base.version };
      if (validateWith(unitPatchSchema, body, form, t)) save.mutate(body);
    } else {
      const parsed = validateWith(unitInputSchema, values, form, t);
      if (parsed) save.mutate(parsed);
    }
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t(base ? 'unit.editTitle' : 'unit.createTitle')}
      size={mobile ? '100%' : 520}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {stale && (
        <Alert type="warning" showIcon title={t('errors.staleVersion')} style={{ marginBottom: 16 }} />
      )}
      {save.error && !stale && <ErrorAlert error={save.error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={base ?? { active: true }} onFinish={submit}>
        <Form.Item name="name" label={t('unit.fields.name')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={t('unit.fields.shortName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label={t('unit.fields.kind')} required>
          <UnitKindSelect />
        </Form.Item>
        <Form.Item name="parentId" label={t('unit.fields.parent')}>
          <UnitSelect initialLabel={parent.data?.name} />
        </Form.Item>
        <Form.Item name="contactPerson" label={t('unit.fields.contactPerson')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('unit.fields.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="address" label={t('unit.fields.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="active" label={t('unit.fields.active')} valuePropName="checked">
          <Switch checkedChildren={t('unit.active')} unCheckedChildren={t('unit.inactive')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
