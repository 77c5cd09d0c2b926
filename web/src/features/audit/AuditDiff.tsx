import type { AuditEntry } from '@renda/shared';
import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const pretty = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v, null, 2));

/** The record before and after the change, side by side (stacked on phones), as plain text. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const before = pretty(entry.before);
  const after = pretty(entry.after);
  return (
    <div data-testid="audit-diff">
      <Row gutter={[16, 8]}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <pre className="json-block">{before ?? t('audit.empty')}</pre>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <pre className="json-block">{after ?? t('audit.empty')}</pre>
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginTop: 8 }}
        items={[
          { key: 'requestId', label: t('audit.fields.requestId'), children: entry.requestId ?? '—' },
          { key: 'chain', label: t('audit.fields.chain'), children: `${entry.chain} #${entry.position}` },
          {
            key: 'hash',
            label: t('audit.fields.hash'),
            children: (
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {entry.hash}
              </Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
