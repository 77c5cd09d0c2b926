import { type Session, sessionInputSchema, sessionPatchSchema } from '@renda/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Select, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton, editColumn } from '../../components/buttons';
import { DataTable } from '../../components/DataTable';
import { FormModal } from '../../components/FormModal';
import { toDay } from '../../components/zod-form';
import { orDash } from '../roster/labels';
import { currentTerm, useTerms } from '../roster/queries';
import { useVersionedSave } from '../roster/useSave';
import { sessionKeys, useSessions } from './api';

const STATUS_COLOR = { planned: 'default', preparatory: 'gold', in_progress: 'red', closed: 'blue' } as const;

/** 会议列表: sessions of the congress and meetings of its standing committee. */
export function SessionListTab({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const sessions = useSessions();
  const [editing, setEditing] = useState<Session | 'new'>();
  const columns: TableColumnsType<Session> = [
    {
      title: t('meeting.fields.title'),
      dataIndex: 'title',
      render: (title: string, s) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(s.id)}>
          {title}
        </Button>
      ),
    },
    {
      title: t('meeting.fields.body'),
      dataIndex: 'body',
      render: (b: Session['body']) => t(`meeting.body.${b}`),
    },
    {
      title: t('meeting.fields.kind'),
      dataIndex: 'kind',
      render: (k: Session['kind']) => t(`meeting.kind.${k}`),
    },
    {
      title: t('meeting.fields.dates'),
      key: 'dates',
      render: (_, s) => (s.startDate === s.endDate ? s.startDate : `${s.startDate} — ${s.endDate}`),
    },
    { title: t('meeting.fields.venue'), dataIndex: 'venue', render: orDash },
    {
      title: t('meeting.fields.status'),
      dataIndex: 'status',
      render: (st: Session['status']) => <Tag color={STATUS_COLOR[st]}>{t(`meeting.status.${st}`)}</Tag>,
    },
    editColumn<Session>(t, setEditing),
  ];
  return (
    <>
      <div className="toolbar">
        <AddButton onClick={() => setEditing('new')}>{t('meeting.create')}</AddButton>
      </div>
      <DataTable<Session>
        error={sessions.error}
        columns={columns}
        dataSource={sessions.data ?? []}
        loading={sessions.isFetching}
        pagination={false}
      />
      {editing && (
        <SessionModal
          session={editing === 'new' ? undefined : editing}
          all={sessions.data}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

function SessionModal({
  session,
  all,
  onClose,
}: {
  session?: Session;
  all: Session[] | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const terms = useTerms();
  const toForm = (s: Session) => ({
    title: s.title,
    startDate: toDay(s.startDate),
    endDate: toDay(s.endDate),
    venue: s.venue,
    status: s.status,
  });
  const { save, submit } = useVersionedSave<Session>({
    record: session,
    path: '/api/sessions',
    form,
    inputSchema: sessionInputSchema,
    patchSchema: sessionPatchSchema,
    savedText: () => t('common.saved'),
    toForm,
    onClose: () => {
      void qc.invalidateQueries({ queryKey: sessionKeys.list });
      onClose();
    },
  });
  const term = currentTerm(terms.data);
  // the terms arrive after the form opens: default to the current one, and to the next session number
  useEffect(() => {
    if (session || !term || form.getFieldValue('termId')) return;
    const next =
      Math.max(
        0,
        ...(all ?? []).filter((s) => s.termId === term.id && s.body === 'congress').map((s) => s.number),
      ) + 1;
    form.setFieldsValue({ termId: term.id, number: next });
  }, [session, term, form, all]);
  return (
    <FormModal
      title={t(session ? 'meeting.editTitle' : 'meeting.createTitle')}
      form={form}
      initialValues={
        session ? toForm(session) : { body: 'congress', kind: 'regular', termId: term?.id, number: 1 }
      }
      onFinish={submit}
      saving={save.isPending}
      error={save.error}
      onClose={onClose}
    >
      {!session && (
        <>
          <Form.Item name="body" label={t('meeting.fields.body')} required>
            <Select
              options={(['congress', 'standing_committee'] as const).map((b) => ({
                value: b,
                label: t(`meeting.body.${b}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="termId" label={t('meeting.fields.term')} required>
            <Select
              loading={terms.isLoading}
              options={(terms.data ?? []).map((x) => ({ value: x.id, label: x.label }))}
            />
          </Form.Item>
          <Form.Item name="number" label={t('meeting.fields.number')} required>
            <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label={t('meeting.fields.kind')} required>
            <Select
              options={(['regular', 'extraordinary'] as const).map((k) => ({
                value: k,
                label: t(`meeting.kind.${k}`),
              }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="title"
        label={t('meeting.fields.title')}
        extra={session ? undefined : t('meeting.titleHelp')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="startDate" label={t('meeting.fields.startDate')} required>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endDate" label={t('meeting.fields.endDate')} required>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="venue" label={t('meeting.fields.venue')}>
        <Input maxLength={200} />
      </Form.Item>
      {session && (
        <Form.Item name="status" label={t('meeting.fields.status')}>
          <Select
            options={(['planned', 'preparatory', 'in_progress', 'closed'] as const).map((s) => ({
              value: s,
              label: t(`meeting.status.${s}`),
            }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
