import { Alert, Button, Drawer, Form, type FormInstance, Space } from 'antd';
import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { useIsMobile } from './useIsMobile';

/**
 * A side drawer around one form, with cancel and save below. When the record changed underneath
 * (`stale`), a warning takes the place of the error.
 */
export function FormDrawer({
  title,
  width,
  form,
  formKey,
  initialValues,
  onFinish,
  saving,
  error,
  stale,
  saveTestId,
  onClose,
  children,
}: {
  title: ReactNode;
  width: number;
  form: FormInstance;
  formKey?: Key;
  initialValues: object;
  onFinish: (raw: Record<string, unknown>) => void;
  saving: boolean;
  error: Error | null;
  stale: boolean;
  saveTestId?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  return (
    <Drawer
      open
      onClose={onClose}
      title={title}
      size={mobile ? '100%' : width}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid={saveTestId}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {stale && (
        <Alert type="warning" showIcon title={t('errors.staleVersion')} style={{ marginBottom: 16 }} />
      )}
      {error && !stale && <ErrorAlert error={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} key={formKey}>
        {children}
      </Form>
    </Drawer>
  );
}
