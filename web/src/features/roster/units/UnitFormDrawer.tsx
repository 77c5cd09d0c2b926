import { type Unit, unitInputSchema, unitPatchSchema } from '@renda/shared';
import { Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { useUnit } from '../queries';
import { UnitKindSelect, UnitSelect } from '../selects';
import { useVersionedSave } from '../useSave';

/** Create a unit, or edit one with optimistic locking. */
export function UnitFormDrawer({ unit, onClose }: { unit?: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { base, stale, save, submit } = useVersionedSave({
    record: unit,
    path: '/api/units',
    form,
    inputSchema: unitInputSchema,
    patchSchema: unitPatchSchema,
    savedText: (updated) => t(updated ? 'unit.updated' : 'unit.created'),
    toForm: (latest) => latest,
    onClose,
  });
  const parent = useUnit(base?.parentId);

  return (
    <FormDrawer
      title={t(base ? 'unit.editTitle' : 'unit.createTitle')}
      width={520}
      form={form}
      initialValues={base ?? { active: true }}
      onFinish={submit}
      saving={save.isPending}
      error={save.error}
      stale={stale}
      onClose={onClose}
    >
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
    </FormDrawer>
  );
}
