import type { Mark } from '@renda/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Modal, Radio, Result } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { electionKeys, type MyElection } from './elections-api';

const MARKS: Mark[] = ['yes', 'no', 'abstain'];
type Marks = Record<string, Record<string, Mark>>;

/** The deputy's electronic ballot: for each office, 赞成 / 反对 / 弃权 per candidate, then a receipt. */
export function ElectionBallotCard({ sessionId, fallback }: { sessionId: string; fallback: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const mine = useQuery({
    queryKey: electionKeys.mine(sessionId),
    queryFn: () => get<MyElection>(`/api/sessions/${sessionId}/my-election`),
    refetchInterval: 2000,
  });
  const [marks, setMarks] = useState<Marks>({});
  const [writeIns, setWriteIns] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [receipt, setReceipt] = useState<string>();
  const [busy, setBusy] = useState(false);
  const round = mine.data?.round;

  if (receipt)
    return (
      <Card style={{ marginTop: 16, textAlign: 'center' }}>
        <div>{t('election.receipt')}</div>
        <div
          data-testid="election-receipt"
          style={{ fontSize: 40, fontWeight: 700, letterSpacing: 4, fontFamily: 'monospace' }}
        >
          {receipt}
        </div>
        <p style={{ color: '#4b5563' }}>{t('voting.receiptHelp')}</p>
      </Card>
    );
  if (round?.status !== 'open' || !mine.data?.present) return <>{fallback}</>;
  if (mine.data.voted) return <Result status="success" title={t('election.alreadyVoted')} />;

  const allowWriteIns = round.type === 'formal' || round.type === 'supplementary';
  const markOf = (office: string, c: string): Mark => marks[office]?.[c] ?? 'abstain';
  const overSeats = round.offices.filter(
    (o) =>
      o.candidates.filter((c) => markOf(o.id, c.id) === 'yes').length + (writeIns[o.id]?.trim() ? 1 : 0) >
      o.seats,
  );
  const submit = async () => {
    setBusy(true);
    try {
      const r = await post<{ receipt: string }>(`/api/election-rounds/${round.id}/ballots`, {
        offices: round.offices.map((o) => ({
          officeId: o.id,
          marks: Object.fromEntries(o.candidates.map((c) => [c.id, markOf(o.id, c.id)])),
          writeIns: writeIns[o.id]?.trim() ? [writeIns[o.id]?.trim()] : [],
        })),
      });
      setReceipt(r.receipt);
      setConfirming(false);
      await qc.invalidateQueries({ queryKey: electionKeys.mine(sessionId) });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={t('election.ballotTitle', { type: t(`election.roundType.${round.type}`) })}
      style={{ marginTop: 16 }}
    >
      {round.offices.map((o) => (
        <div key={o.id} style={{ marginBottom: 20 }}>
          <div style={{ fontSize: 18, fontWeight: 600 }}>{o.name}</div>
          <div style={{ color: '#6b7280', marginBottom: 8 }}>
            {t('election.seatsHelp', { seats: o.seats })}
          </div>
          {o.candidates.map((c) => (
            <div
              key={c.id}
              style={{
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'space-between',
                padding: '8px 0',
                borderBottom: '1px solid #f0f0f0',
              }}
            >
              <span style={{ fontSize: 18 }}>{c.name}</span>
              <Radio.Group
                data-testid={`mark-${c.name}`}
                optionType="button"
                buttonStyle="solid"
                size="large"
                value={markOf(o.id, c.id)}
                onChange={(e) =>
                  setMarks((m) => ({ ...m, [o.id]: { ...m[o.id], [c.id]: e.target.value as Mark } }))
                }
                options={MARKS.map((k) => ({ value: k, label: t(`voting.${k}`) }))}
              />
            </div>
          ))}
          {allowWriteIns && (
            <Input
              style={{ marginTop: 8 }}
              size="large"
              maxLength={100}
              placeholder={t('election.writeIn')}
              value={writeIns[o.id] ?? ''}
              onChange={(e) => setWriteIns((w) => ({ ...w, [o.id]: e.target.value }))}
            />
          )}
        </div>
      ))}
      {overSeats.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={t('election.tooMany', { office: overSeats.map((o) => o.name).join('、') })}
        />
      )}
      <Button
        type="primary"
        size="large"
        block
        style={{ height: 56, fontSize: 20, marginTop: 12 }}
        disabled={overSeats.length > 0}
        data-testid="election-submit"
        onClick={() => setConfirming(true)}
      >
        {t('election.submit')}
      </Button>
      <Modal
        open={confirming}
        title={t('voting.confirmTitle')}
        onCancel={() => setConfirming(false)}
        footer={[
          <Button key="back" size="large" onClick={() => setConfirming(false)}>
            {t('voting.cancel')}
          </Button>,
          <Button
            key="ok"
            size="large"
            type="primary"
            loading={busy}
            data-testid="election-confirm"
            onClick={submit}
          >
            {t('voting.submit')}
          </Button>,
        ]}
      >
        {round.offices.map((o) => {
          const yes = o.candidates.filter((c) => markOf(o.id, c.id) === 'yes').map((c) => c.name);
          const w = writeIns[o.id]?.trim();
          return (
            <p key={o.id} style={{ fontSize: 17 }}>
              {o.name}：{t('voting.yes')} {[...yes, ...(w ? [w] : [])].join('、') || t('election.nobody')}
            </p>
          );
        })}
      </Modal>
    </Card>
  );
}
