import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Modal, Result, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { CHOICES, type Choice, currentSession, type MyVote, sessionKeys, useSessions } from './api';
import { ElectionBallotCard } from './ElectionBallotCard';
import { JointNominationCard } from './JointNominationCard';
import { LeaveRequestCard } from './LeaveRequestCard';

const COLORS: Record<Choice, string> = { yes: '#16a34a', no: '#dc2626', abstain: '#d97706' };

/** The deputy's phone: sign in, then vote with three large buttons, confirm, and keep the receipt. */
export function DeputyVotePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const sessions = useSessions();
  const session = currentSession(sessions.data);
  const sid = session?.id ?? '';
  const mine = useQuery({
    queryKey: sessionKeys.myVote(sid),
    queryFn: () => get<MyVote>(`/api/sessions/${sid}/my-vote`),
    enabled: !!session,
    refetchInterval: 2000,
  });
  const [pending, setPending] = useState<Choice>();
  const [receipt, setReceipt] = useState<{ voteId: string; code: string }>();
  const [busy, setBusy] = useState(false);

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    try {
      await f();
      await qc.invalidateQueries({ queryKey: sessionKeys.myVote(sid) });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (sessions.isLoading) return <Spin />;
  if (!session) return <Empty description={t('voting.noSession')} />;
  const state = mine.data;
  const vote = state?.vote?.status === 'open' ? state.vote : null;
  const big = { height: 72, fontSize: 24, width: '100%' } as const;

  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <h2 style={{ fontSize: 20 }}>{session.title}</h2>
      {state && !state.present && (
        <Button
          data-testid="check-in"
          type="primary"
          style={big}
          loading={busy}
          onClick={() => run(() => post(`/api/sessions/${sid}/check-in`))}
        >
          {t('voting.checkIn')}
        </Button>
      )}
      {state?.present && <Alert type="success" showIcon message={t('voting.checkedIn')} />}
      {state && !state.present && <LeaveRequestCard sessionId={sid} />}
      <JointNominationCard sessionId={sid} />
      {receipt && (
        <Card style={{ marginTop: 16, textAlign: 'center' }}>
          <div>{t('voting.receipt')}</div>
          <div
            data-testid="vote-receipt"
            style={{ fontSize: 40, fontWeight: 700, letterSpacing: 4, fontFamily: 'monospace' }}
          >
            {receipt.code}
          </div>
          <p style={{ color: '#4b5563' }}>{t('voting.receiptHelp')}</p>
        </Card>
      )}
      {state?.present && vote && !state.voted && (
        <Card title={vote.title} style={{ marginTop: 16 }}>
          <div style={{ display: 'grid', gap: 16 }}>
            {CHOICES.map((c) => (
              <Button
                key={c}
                data-testid={`vote-choice-${c}`}
                type="primary"
                style={{ ...big, background: COLORS[c] }}
                onClick={() => setPending(c)}
              >
                {t(`voting.${c}`)}
              </Button>
            ))}
          </div>
        </Card>
      )}
      {state?.present && vote && state.voted && !receipt && (
        <Result status="success" title={t('voting.alreadyVoted')} />
      )}
      {state?.present && !vote && !receipt && (
        <ElectionBallotCard sessionId={sid} fallback={<Result status="info" title={t('voting.waiting')} />} />
      )}
      <Modal
        open={!!pending}
        title={t('voting.confirmTitle')}
        onCancel={() => setPending(undefined)}
        footer={[
          <Button key="back" size="large" onClick={() => setPending(undefined)}>
            {t('voting.cancel')}
          </Button>,
          <Button
            key="submit"
            size="large"
            type="primary"
            data-testid="vote-confirm"
            loading={busy}
            onClick={() =>
              run(async () => {
                if (!vote || !pending) return;
                const r = await post<{ receipt: string }>(`/api/votes/${vote.id}/ballots`, {
                  choice: pending,
                });
                setReceipt({ voteId: vote.id, code: r.receipt });
                setPending(undefined);
              })
            }
          >
            {t('voting.submit')}
          </Button>,
        ]}
      >
        <p style={{ fontSize: 20 }}>
          {pending && t('voting.confirmText', { choice: t(`voting.${pending}`) })}
        </p>
      </Modal>
    </div>
  );
}
