import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../components/copy';

/** The one-time password of a new or reset account. It is never shown again after this closes. */
export function InitialPasswordModal({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await copyText(password);
      message.success(t('common.copied'));
    } catch {
      message.warning(t('common.copyFailed'));
    }
  };
  return (
    <Modal
      open
      title={t('accounts.initialTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="initial-password-done">
          {t('accounts.initialDone')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('accounts.initialWarning')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>{t('accounts.initialFor', { username })}</Typography.Paragraph>
      <div className="initial-password" data-testid="initial-password">
        {password}
      </div>
      <Button icon={<CopyOutlined />} onClick={copy} style={{ marginTop: 12 }} block>
        {t('common.copy')}
      </Button>
    </Modal>
  );
}
