import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../../api/client';
import { rosterKeys } from '../queries';
import { ChooseStep } from './ChooseStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import type { ImportFile, ImportKind, ImportPreview } from './types';

/** 批量导入: choose a file, check it row by row, then import all of it or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('deputies');
  const [file, setFile] = useState<ImportFile>();
  const [step, setStep] = useState(0);

  const preview = useMutation({
    mutationFn: (f: ImportFile) =>
      post<ImportPreview>(`/api/import/${kind}/preview`, {
        filename: f.filename,
        contentBase64: f.contentBase64,
      }),
    onSuccess: () => setStep(1),
  });
  const commit = useMutation({
    mutationFn: (f: ImportFile) =>
      post<{ imported: number }>(`/api/import/${kind}/commit`, {
        filename: f.filename,
        contentBase64: f.contentBase64,
      }),
    onSuccess: async () => {
      setStep(2);
      await queryClient.invalidateQueries({ queryKey: rosterKeys.all });
    },
  });

  const restart = () => {
    setFile(undefined);
    preview.reset();
    commit.reset();
    setStep(0);
  };

  return (
    <>
      <Alert
        type="info"
        showIcon
        title={t('import.intro')}
        description={t('import.allOrNothing')}
        style={{ marginBottom: 16 }}
      />
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[
          { title: t('import.steps.choose') },
          { title: t('import.steps.preview') },
          { title: t('import.steps.result') },
        ]}
      />
      {step === 0 && (
        <ChooseStep
          kind={kind}
          onKind={(k) => {
            setKind(k);
            preview.reset();
          }}
          file={file}
          onFile={(f) => {
            setFile(f);
            preview.reset();
          }}
          checking={preview.isPending}
          error={preview.error}
          onCheck={() => file && preview.mutate(file)}
        />
      )}
      {step === 1 && preview.data && file && (
        <PreviewStep
          kind={kind}
          preview={preview.data}
          committing={commit.isPending}
          error={commit.error}
          onBack={restart}
          onCommit={() => commit.mutate(file)}
        />
      )}
      {step === 2 && commit.data && (
        <ResultStep kind={kind} imported={commit.data.imported} onAgain={restart} />
      )}
    </>
  );
}
