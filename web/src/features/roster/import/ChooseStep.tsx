import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Radio, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { type ImportFile, type ImportKind, MAX_FILE_BYTES, readAsBase64, templateUrl } from './types';

interface Props {
  kind: ImportKind;
  onKind: (k: ImportKind) => void;
  file?: ImportFile;
  onFile: (f: ImportFile | undefined) => void;
  checking: boolean;
  error: unknown;
  onCheck: () => void;
}

export function ChooseStep({ kind, onKind, file, onFile, checking, error, onCheck }: Props) {
  const { t } = useTranslation();
  const [tooLarge, setTooLarge] = useState(false);
  const template = (format: 'xlsx' | 'csv') => templateUrl(kind, format);

  return (
    <Form layout="vertical" style={{ maxWidth: 640 }}>
      <Form.Item label={t('import.kind')}>
        <Radio.Group
          value={kind}
          onChange={(e) => onKind(e.target.value as ImportKind)}
          optionType="button"
          options={[
            { value: 'deputies', label: t('import.kinds.deputies') },
            { value: 'units', label: t('import.kinds.units') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('import.template')}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Button icon={<DownloadOutlined />} href={template('xlsx')} download data-testid="template-xlsx">
            {t('import.templateXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} href={template('csv')} download data-testid="template-csv">
            {t('import.templateCsv')}
          </Button>
        </div>
      </Form.Item>
      <Form.Item label={t('import.pickFile')}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={file ? [{ uid: '1', name: file.filename, status: 'done', size: file.size }] : []}
          onRemove={() => onFile(undefined)}
          beforeUpload={async (f) => {
            setTooLarge(f.size > MAX_FILE_BYTES);
            if (f.size <= MAX_FILE_BYTES)
              onFile({ filename: f.name, size: f.size, contentBase64: await readAsBase64(f) });
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.pickFile')}</p>
          <p className="ant-upload-hint">{t('import.fileHint')}</p>
        </Upload.Dragger>
      </Form.Item>
      {tooLarge && (
        <Alert type="error" showIcon title={t('errors.fileTooLarge')} style={{ marginBottom: 16 }} />
      )}
      {!!error && <ErrorAlert error={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" disabled={!file} loading={checking} onClick={onCheck} data-testid="import-check">
        {t('import.check')}
      </Button>
    </Form>
  );
}
