import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditVerifyResult } from '@renda/shared';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import { errorText } from '../../api/errors';

/** Recomputes the hash chain on the server and reports whether it is intact, or where it breaks. */
export function VerifyChain() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const verify = useMutation({
    mutationFn: () => get<AuditVerifyResult>('/api/audit/verify'),
    onSuccess: (r) => {
      if (r.ok) {
        modal.success({
          title: t('audit.verify'),
          content: t('audit.verifyOk', { checked: r.checked, chains: r.chains }),
        });
        return;
      }
      const b = r.firstBroken;
      modal.error({
        title: t('audit.verify'),
        content: (
          <div data-testid="audit-broken">
            <p>
              {b ? t('audit.verifyBroken', { position: b.position, chain: b.chain }) : t('errors.unknown')}
            </p>
            {b?.id && <p>{t('audit.verifyEntry', { id: b.id })}</p>}
            {b && <p>{t('audit.verifyReason', { reason: b.reason })}</p>}
          </div>
        ),
      });
    },
    onError: (e) => modal.error({ title: t('audit.verify'), content: errorText(e, t) }),
  });
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}
