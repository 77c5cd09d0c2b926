import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { setApiLanguage } from './api/client';
import { queryClient } from './api/query-client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { currentLanguage, type Language } from './i18n';
import { AppRoutes } from './routes';
import { theme } from './theme';

const ANTD_LOCALE: Record<Language, Locale> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en: enUS };

export function App() {
  const { t } = useTranslation();
  const lang = currentLanguage();

  useEffect(() => {
    setApiLanguage(lang);
    document.title = `${t('app.title')} · Renda`;
  }, [lang, t]);

  return (
    <ConfigProvider locale={ANTD_LOCALE[lang]} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <ErrorBoundary>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ErrorBoundary>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
