import { Alert, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitcher } from '../shell/LanguageSwitcher';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useCurrentUser, useLogout } from './session';

/** Shown instead of everything else while the account still has its initial password. */
export function ForcePasswordPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="login-page">
      <div style={{ position: 'absolute', top: 16, right: 16, display: 'flex', gap: 8 }}>
        <LanguageSwitcher />
        <Button onClick={() => logout.mutate()} loading={logout.isPending} data-testid="logout">
          {t('header.logout')}
        </Button>
      </div>
      <Card
        className="login-card"
        style={{ maxWidth: 480 }}
        title={`${t('auth.mustChangeTitle')} · ${me.displayName}`}
      >
        <Alert type="warning" showIcon title={t('auth.mustChangeText')} style={{ marginBottom: 16 }} />
        <ChangePasswordForm onDone={() => navigate('/', { replace: true })} />
      </Card>
    </div>
  );
}
