import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a page, with optional actions on the right and a line of explanation below. */
export function PageHeader({
  title,
  extra,
  intro,
}: {
  title: ReactNode;
  extra?: ReactNode;
  intro?: ReactNode;
}) {
  return (
    <>
      <div className="page-header">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra && <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>{extra}</div>}
      </div>
      {intro && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {intro}
        </Typography.Paragraph>
      )}
    </>
  );
}
