import { StopOutlined } from '@ant-design/icons';
import type { Action } from '@renda/shared';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MeProvider, useCan, useMe } from './session';

export const CHANGE_PASSWORD_PATH = '/change-password';

/** The gate to everything but the sign-in page; an account with an initial password goes to change it first. */
export function RequireAuth() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin size="large" tip={t('app.loading')}>
          <div style={{ height: 40 }} />
        </Spin>
      </div>
    );
  }
  if (me.isError) return <ErrorAlert error={me.error} style={{ margin: 24 }} />;
  if (!me.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  const forced = me.data.mustChangePassword;
  if (forced && location.pathname !== CHANGE_PASSWORD_PATH)
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  if (!forced && location.pathname === CHANGE_PASSWORD_PATH) return <Navigate to="/" replace />;
  return (
    <MeProvider value={me.data}>
      <Outlet />
    </MeProvider>
  );
}

/** Shows the page only to accounts with the ability; others get an honest "not allowed". */
export function RequireAbility({ ability, children }: { ability: Action; children: React.ReactNode }) {
  const { t } = useTranslation();
  if (!useCan(ability)) {
    return (
      <Result
        icon={<StopOutlined style={{ color: '#9ca3af' }} />}
        title={t('app.forbidden')}
        subTitle={t('app.forbiddenText')}
        extra={
          <Link to="/">
            <Button type="primary">{t('app.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}
