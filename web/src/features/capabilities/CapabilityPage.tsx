import { FileUnknownOutlined, ToolOutlined } from '@ant-design/icons';
import { Button, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type Capability = 'sessions' | 'suggestions' | 'supervision' | 'liaison' | 'archive';

/** An honest placeholder: this capability is being built, and what it will do. No sample data. */
export function CapabilityPage({ capability }: { capability: Capability }) {
  const { t } = useTranslation();
  return (
    <Result
      icon={<ToolOutlined style={{ color: '#9ca3af' }} />}
      data-testid={`capability-${capability}`}
      title={
        <>
          {t('capability.title', { name: t(`nav.${capability}`) })} <Tag>{t('capability.badge')}</Tag>
        </>
      }
      subTitle={t(`capability.${capability}`)}
      extra={
        <Link to="/">
          <Button>{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      icon={<FileUnknownOutlined style={{ color: '#9ca3af' }} />}
      title={t('app.notFound')}
      subTitle={t('app.notFoundText')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
