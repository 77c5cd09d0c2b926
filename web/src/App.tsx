import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './api/query-client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { currentLanguage, type Language } from './i18n';
import { router } from './routes';
import { theme } from './theme';

const ANTD_LOCALE: Record<Language, Locale> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en: enUS };

export function App() {
  const { t } = useTranslation();
  const lang = currentLanguage();

  useEffect(() => {
    document.title = `${t('app.title')} · Renda`;
  }, [t]);

  return (
    <ConfigProvider locale={ANTD_LOCALE[lang]} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <ErrorBoundary>
            <RouterProvider router={router} />
          </ErrorBoundary>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
