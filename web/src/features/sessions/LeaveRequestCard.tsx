import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { type MyAttendance, sessionKeys } from './api';

const COLOR = { pending: 'gold', approved: 'green', refused: 'red' } as const;

/** 请假: a deputy who cannot attend asks for leave; the office decides. */
export function LeaveRequestCard({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const mine = useQuery({
    queryKey: sessionKeys.myAttendance(sessionId),
    queryFn: () => get<MyAttendance>(`/api/sessions/${sessionId}/my-attendance`),
  });
  const ask = useMutation({
    mutationFn: () => post(`/api/sessions/${sessionId}/leave`, { reason: reason.trim() }),
    onSuccess: async () => {
      setReason('');
      message.success(t('meeting.leave.sent'));
      await qc.invalidateQueries({ queryKey: sessionKeys.myAttendance(sessionId) });
    },
    onError: (e) => message.error(e.message),
  });
  const requests = mine.data?.leave ?? [];
  const open = requests.some((l) => l.status !== 'refused');
  return (
    <Card size="small" title={t('meeting.leave.title')} style={{ marginTop: 16 }}>
      {requests.map((l) => (
        <div key={l.id} style={{ marginBottom: 8 }}>
          <Tag color={COLOR[l.status]}>{t(`meeting.leaveStatus.${l.status}`)}</Tag> {l.reason}
        </div>
      ))}
      {!open && (
        <>
          <Input.TextArea
            data-testid="leave-reason"
            rows={2}
            maxLength={500}
            placeholder={t('meeting.leave.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button
            style={{ marginTop: 8 }}
            disabled={!reason.trim()}
            loading={ask.isPending}
            onClick={() => ask.mutate()}
          >
            {t('meeting.leave.ask')}
          </Button>
        </>
      )}
    </Card>
  );
}
