import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The notice shown instead of a page that failed to render. */
export function Crashed() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('app.crashed')}
      subTitle={t('app.crashedText')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      }
    />
  );
}

/** Catches a rendering error so one broken page does not blank the whole application. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <Crashed /> : this.props.children;
  }
}
