import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { detailLines, errorText } from '../api/errors';

const SHOW_DETAILS = new Set(['VALIDATION_FAILED', 'IMPORT_INVALID', 'PROFILE_INVALID']);

/** A failed request, in the reader's language, with the details that help fix it and the request id. */
export function ErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  if (!error) return null;
  const lines = isApiError(error) && SHOW_DETAILS.has(error.code) ? detailLines(error.details) : [];
  const requestId = isApiError(error) ? error.requestId : undefined;
  const description =
    lines.length > 0 || requestId ? (
      <>
        {lines.length > 0 && (
          <ul className="error-details">
            {lines.slice(0, 50).map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for one error
              <li key={i}>
                {l.row !== undefined && <strong>{t('errors.row', { row: l.row })} </strong>}
                {l.column && <strong>{l.column}: </strong>}
                {l.path && <strong>{l.path}: </strong>}
                {l.message}
              </li>
            ))}
          </ul>
        )}
        {requestId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('errors.requestId')}:{' '}
            <Typography.Text copyable={{ text: requestId }}>{requestId}</Typography.Text>
          </Typography.Text>
        )}
      </>
    ) : undefined;
  return <Alert type="error" showIcon title={errorText(error, t)} description={description} style={style} />;
}
