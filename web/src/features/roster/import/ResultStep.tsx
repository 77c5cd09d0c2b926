import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportKind } from './types';

export function ResultStep({
  kind,
  imported,
  onAgain,
}: {
  kind: ImportKind;
  imported: number;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('import.imported', { count: imported })}
      extra={[
        <Button key="list" type="primary" onClick={() => navigate(`/roster/${kind}`)}>
          {t('import.toList')}
        </Button>,
        <Button key="again" onClick={onAgain}>
          {t('import.again')}
        </Button>,
      ]}
    />
  );
}
