import { newPasswordSchema } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { ME_KEY } from '../../api/query-client';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current password, new password twice; the new one must have ≥10 characters with letters and digits. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (v: Values) =>
      post<{ ok: true }>('/api/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    onSuccess: async () => {
      form.resetFields();
      message.success(t('auth.passwordChanged'));
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      onDone?.();
    },
  });

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => change.mutate(v)} style={{ maxWidth: 420 }}>
      {change.error && <ErrorAlert error={change.error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('errors.field.required') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        required
        extra={t('auth.passwordRule')}
        dependencies={['currentPassword']}
        rules={[
          {
            validator: async (_, v: string | undefined) => {
              if (!v || !newPasswordSchema.safeParse(v).success) throw new Error(t('errors.field.password'));
              if (v === form.getFieldValue('currentPassword')) throw new Error(t('auth.passwordSameAsOld'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('errors.field.required') },
          {
            validator: async (_, v: string | undefined) => {
              if (v && v !== form.getFieldValue('newPassword')) throw new Error(t('auth.passwordMismatch'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={change.isPending}
        data-testid="change-password-submit"
      >
        {t('auth.changePassword')}
      </Button>
    </Form>
  );
}
