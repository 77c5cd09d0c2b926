import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** A modal around one form: OK submits it, the last failed save shows above it. */
export function FormModal({
  title,
  form,
  initialValues,
  onFinish,
  saving,
  error,
  onClose,
  children,
}: {
  title: ReactNode;
  form: FormInstance;
  initialValues: object;
  onFinish: (raw: Record<string, unknown>) => void;
  saving: boolean;
  error: Error | null;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving}
      destroyOnHidden
    >
      {error && <ErrorAlert error={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
