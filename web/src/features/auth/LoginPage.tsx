import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { post } from '../../api/client';
import { ME_KEY } from '../../api/query-client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitcher } from '../shell/LanguageSwitcher';
import { useMe } from './session';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  // Only paths inside this app: not another origin (//host) and not the sign-in page itself.
  const target = from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';

  const login = useMutation({
    mutationFn: (c: Credentials) => post<Me>('/api/auth/login', c),
    onSuccess: (account) => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, account);
      navigate(target, { replace: true });
    },
  });

  if (me.data) return <Navigate to={target} replace />;

  return (
    <div className="login-page">
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitcher />
      </div>
      <Typography.Title level={2} style={{ color: '#a61b29', letterSpacing: 2, marginBottom: 24 }}>
        {t('app.title')}
      </Typography.Title>
      <Card className="login-card" title={t('auth.loginTitle')}>
        <Typography.Paragraph type="secondary">{t('auth.loginSubtitle')}</Typography.Paragraph>
        {login.error && <ErrorAlert error={login.error} style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={(v) => login.mutate(v)} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={login.isPending}
            data-testid="login-submit"
          >
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        Renda · Apache-2.0
      </Typography.Text>
    </div>
  );
}
