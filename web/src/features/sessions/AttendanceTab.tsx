import { QrcodeOutlined } from '@ant-design/icons';
import type { Quorum } from '@renda/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Segmented, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ListSearch } from '../../components/ListSearch';
import { type AttendanceRow, type LeaveRequest, sessionKeys, useLiveState } from './api';
import { QuorumView } from './QuorumView';

const STATUS_COLOR = { present: 'green', on_leave: 'gold', absent: 'default' } as const;
type Status = AttendanceRow['status'];

/** 签到: live counts and quorum, sign-in by scanning a deputy's card or by hand, and leave requests. */
export function AttendanceTab({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [live] = useLiveState(sessionId);
  const quorum = useQuery({
    queryKey: [...sessionKeys.attendance(sessionId), 'quorum', live?.quorum.present],
    queryFn: () => get<Quorum>(`/api/sessions/${sessionId}/quorum`),
    placeholderData: keepPreviousData,
  });
  const rows = useQuery({
    queryKey: [...sessionKeys.attendance(sessionId), 'rows'],
    queryFn: () => get<AttendanceRow[]>(`/api/sessions/${sessionId}/attendance`),
  });
  const leave = useQuery({
    queryKey: [...sessionKeys.attendance(sessionId), 'leave'],
    queryFn: () => get<LeaveRequest[]>(`/api/sessions/${sessionId}/leave`),
  });
  const [card, setCard] = useState('');
  const [filter, setFilter] = useState<Status | 'all'>('all');
  const [q, setQ] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: sessionKeys.attendance(sessionId) });

  const record = useMutation({
    mutationFn: (body: { deputyId?: string; cardCode?: string; status: Status }) =>
      post<{ name?: string }>(`/api/sessions/${sessionId}/attendance`, body),
    onSuccess: async (_, body) => {
      if (body.cardCode) setCard('');
      message.success(t('meeting.attendance.recorded'));
      await refresh();
    },
    onError: (e) => message.error(e.message),
  });
  const decide = useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
      post(`/api/leave/${id}/decision`, { approve }),
    onSuccess: refresh,
    onError: (e) => message.error(e.message),
  });

  const columns: TableColumnsType<AttendanceRow> = [
    { title: t('meeting.attendance.name'), dataIndex: 'name' },
    {
      title: t('meeting.attendance.delegation'),
      dataIndex: 'delegation',
      render: (d: string | null) => d ?? '—',
    },
    {
      title: t('meeting.attendance.status'),
      dataIndex: 'status',
      render: (s: Status) => <Tag color={STATUS_COLOR[s]}>{t(`meeting.attendanceStatus.${s}`)}</Tag>,
    },
    {
      title: t('meeting.attendance.method'),
      dataIndex: 'method',
      render: (m: AttendanceRow['method']) => (m ? t(`meeting.method.${m}`) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={4}>
          {r.status !== 'present' && (
            <Button
              size="small"
              type="primary"
              data-testid={`sign-in-${r.name}`}
              onClick={() => record.mutate({ deputyId: r.deputyId, status: 'present' })}
            >
              {t('meeting.attendance.signIn')}
            </Button>
          )}
          {r.status !== 'absent' && (
            <Button size="small" onClick={() => record.mutate({ deputyId: r.deputyId, status: 'absent' })}>
              {t('meeting.attendance.markAbsent')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  const pending = (leave.data ?? []).filter((l) => l.status === 'pending');
  const shown = (rows.data ?? []).filter(
    (r) =>
      (filter === 'all' || r.status === filter) &&
      (!q || r.name.includes(q) || (r.delegation ?? '').includes(q)),
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {quorum.data && (
        <Card size="small" title={t('voting.quorum')}>
          <QuorumView quorum={quorum.data} />
        </Card>
      )}
      <Card size="small" title={t('meeting.attendance.scanTitle')}>
        <Space.Compact style={{ maxWidth: 480, width: '100%' }}>
          <Input
            data-testid="card-code"
            prefix={<QrcodeOutlined />}
            placeholder={t('meeting.attendance.scanPlaceholder')}
            value={card}
            onChange={(e) => setCard(e.target.value)}
            onPressEnter={() => card.trim() && record.mutate({ cardCode: card.trim(), status: 'present' })}
            autoFocus
          />
          <Button
            type="primary"
            loading={record.isPending}
            onClick={() => card.trim() && record.mutate({ cardCode: card.trim(), status: 'present' })}
          >
            {t('meeting.attendance.signIn')}
          </Button>
        </Space.Compact>
        <div style={{ color: '#6b7280', marginTop: 8 }}>{t('meeting.attendance.scanHelp')}</div>
      </Card>
      {pending.length > 0 && (
        <Card size="small" title={t('meeting.leave.pending', { count: pending.length })}>
          {pending.map((l) => (
            <div key={l.id} style={{ display: 'flex', gap: 12, alignItems: 'center', padding: '6px 0' }}>
              <strong>{l.name}</strong>
              <span style={{ flex: 1 }}>{l.reason}</span>
              <Button size="small" type="primary" onClick={() => decide.mutate({ id: l.id, approve: true })}>
                {t('meeting.leave.approve')}
              </Button>
              <Button size="small" danger onClick={() => decide.mutate({ id: l.id, approve: false })}>
                {t('meeting.leave.refuse')}
              </Button>
            </div>
          ))}
        </Card>
      )}
      <div className="toolbar" style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as Status | 'all')}
          options={(['all', 'present', 'on_leave', 'absent'] as const).map((s) => ({
            value: s,
            label: s === 'all' ? t('meeting.attendance.all') : t(`meeting.attendanceStatus.${s}`),
          }))}
        />
        <ListSearch initial={q} onSearch={setQ} placeholder={t('meeting.attendance.search')} />
      </div>
      <DataTable<AttendanceRow>
        error={rows.error}
        columns={columns}
        dataSource={shown}
        rowKey="deputyId"
        loading={rows.isFetching}
        pagination={{ pageSize: 20, showSizeChanger: false }}
      />
    </Space>
  );
}
