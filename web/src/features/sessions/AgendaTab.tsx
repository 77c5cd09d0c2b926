import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { AGENDA_KINDS, type AgendaItem, agendaItemInputSchema } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Space, type TableColumnsType, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { AddButton } from '../../components/buttons';
import { DataTable } from '../../components/DataTable';
import { FormModal } from '../../components/FormModal';
import { clean, validateWith } from '../../components/zod-form';
import { sessionKeys, useAgenda } from './api';

const KIND_COLOR = {
  review: 'blue',
  vote: 'red',
  election: 'purple',
  appointment: 'gold',
  other: 'default',
} as const;
const MEDIA: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
const MAX_BYTES = 700 * 1024;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** 议程: the session's ordered items with their documents. */
export function AgendaTab({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const agenda = useAgenda(sessionId);
  const [adding, setAdding] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: sessionKeys.agenda(sessionId) });

  const upload = useMutation({
    mutationFn: async ({ item, file }: { item: AgendaItem; file: File }) => {
      const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
      const mediaType = MEDIA[ext];
      if (!mediaType) throw new Error(t('meeting.agenda.badType'));
      if (file.size > MAX_BYTES) throw new Error(t('meeting.agenda.tooBig'));
      return post(`/api/agenda-items/${item.id}/documents`, {
        title: file.name.replace(/\.[^.]+$/, ''),
        fileName: file.name,
        mediaType,
        contentBase64: await base64Of(file),
      });
    },
    onSuccess: async () => {
      message.success(t('meeting.agenda.uploaded'));
      await refresh();
    },
    onError: (e) => message.error(e.message),
  });

  const columns: TableColumnsType<AgendaItem> = [
    { title: t('meeting.agenda.position'), dataIndex: 'position', width: 64 },
    {
      title: t('meeting.agenda.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: AgendaItem['kind']) => <Tag color={KIND_COLOR[k]}>{t(`meeting.agendaKind.${k}`)}</Tag>,
    },
    {
      title: t('meeting.agenda.title'),
      dataIndex: 'title',
      render: (title: string, item) => (
        <>
          <div>{title}</div>
          {item.meeting === 'preparatory' && <Tag>{t('meeting.agenda.preparatory')}</Tag>}
          {item.description && <div style={{ color: '#6b7280', fontSize: 13 }}>{item.description}</div>}
        </>
      ),
    },
    {
      title: t('meeting.agenda.documents'),
      key: 'documents',
      render: (_, item) => (
        <Space direction="vertical" size={2}>
          {item.documents.map((d) => (
            <a key={d.id} href={`/api/agenda-documents/${d.id}/file`}>
              <PaperClipOutlined /> {d.title}
            </a>
          ))}
          <Upload
            showUploadList={false}
            accept=".pdf,.docx,.txt,.png,.jpg,.jpeg"
            beforeUpload={(file) => {
              upload.mutate({ item, file });
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('meeting.agenda.attach')}
            </Button>
          </Upload>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="toolbar">
        <AddButton onClick={() => setAdding(true)}>{t('meeting.agenda.add')}</AddButton>
      </div>
      <DataTable<AgendaItem>
        error={agenda.error}
        columns={columns}
        dataSource={agenda.data ?? []}
        loading={agenda.isFetching}
        pagination={false}
      />
      {adding && <AgendaItemModal sessionId={sessionId} onClose={() => setAdding(false)} onSaved={refresh} />}
    </>
  );
}

function AgendaItemModal({
  sessionId,
  onClose,
  onSaved,
}: {
  sessionId: string;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (body: unknown) => post(`/api/sessions/${sessionId}/agenda`, body),
    onSuccess: async () => {
      message.success(t('common.saved'));
      await onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      title={t('meeting.agenda.add')}
      form={form}
      initialValues={{ kind: 'review', meeting: 'plenary' }}
      onFinish={(raw) => {
        const parsed = validateWith(agendaItemInputSchema, clean(raw), form, t);
        if (parsed) save.mutate(parsed);
      }}
      saving={save.isPending}
      error={save.error}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('meeting.agenda.kind')} required>
        <Select options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`meeting.agendaKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="meeting" label={t('meeting.agenda.meeting')} required>
        <Select
          options={[
            { value: 'plenary', label: t('meeting.agenda.plenary') },
            { value: 'preparatory', label: t('meeting.agenda.preparatory') },
          ]}
        />
      </Form.Item>
      <Form.Item name="title" label={t('meeting.agenda.title')} required>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('meeting.agenda.description')}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
