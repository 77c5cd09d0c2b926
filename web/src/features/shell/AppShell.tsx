import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Spin, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useIsMobile } from '../../components/useIsMobile';
import { useCurrentUser, useLogout } from '../auth/session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NavMenu } from './NavMenu';

const pageFallback = (
  <div style={{ padding: 60, textAlign: 'center' }}>
    <Spin />
  </div>
);

/** Header with the title, jurisdiction, language and account; a side menu (a drawer on phones). */
export function AppShell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const logout = useLogout();
  const mobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const role = t(`roles.${me.role}`);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        {mobile && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('header.openMenu')}
            data-testid="nav-toggle"
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <div className="app-brand">
          <span className="app-brand-title">{t('app.title')}</span>
          <span className="app-brand-place" data-testid="jurisdiction-name">
            {me.jurisdictionName}
          </span>
        </div>
        {!mobile && <LanguageSwitcher />}
        <span className="app-user" data-testid="current-user" title={`${me.displayName} · ${role}`}>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          {!mobile && <Tag style={{ marginInlineStart: 8 }}>{role}</Tag>}
        </span>
        <Button
          icon={<LogoutOutlined />}
          onClick={() => logout.mutate()}
          loading={logout.isPending}
          data-testid="logout"
          aria-label={t('header.logout')}
        >
          {mobile ? null : t('header.logout')}
        </Button>
      </Layout.Header>
      <Layout>
        {!mobile && (
          <Layout.Sider width={220} className="app-sider">
            <NavMenu />
          </Layout.Sider>
        )}
        {mobile && (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={280}
            title={me.jurisdictionName}
            styles={{ body: { padding: 0 } }}
          >
            <div style={{ padding: '12px 24px', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong style={{ display: 'block' }}>
                {me.displayName}
              </Typography.Text>
              <Tag style={{ marginTop: 4 }}>{role}</Tag>
              <div style={{ marginTop: 12 }}>
                <LanguageSwitcher />
              </div>
            </div>
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content className="app-content">
          {/* A page that fails to render is replaced by a notice; moving to another page recovers. */}
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={pageFallback}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
