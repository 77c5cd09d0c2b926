import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES, setLanguage } from '../../i18n';

export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      value={currentLanguage()}
      onChange={(v) => void setLanguage(v)}
      aria-label={t('app.language')}
      data-testid="language-switcher"
      prefix={compact ? undefined : <GlobalOutlined />}
      popupMatchSelectWidth={false}
      style={{ width: compact ? 96 : 132 }}
      options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
    />
  );
}
