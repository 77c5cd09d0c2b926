import type { ElectionRound, Mark } from '@renda/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Input,
  InputNumber,
  Radio,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { currentSession, useSessions } from './api';
import { electionKeys, useElections } from './elections-api';

const MARKS: Mark[] = ['yes', 'no', 'abstain'];
type Entry = {
  kind: 'ballot' | 'box';
  box: string;
  seq: number;
  firstBy: string;
  secondBy: string | null;
  agreed: boolean;
};

/** 计票: scrutineers enter each paper ballot as read; a second scrutineer's entry must agree before it counts. */
export function ScrutineerPage() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const session = currentSession(sessions.data);
  return (
    <>
      <PageHeader title={t('election.counting')} intro={t('election.countingIntro')} />
      {session ? <Rounds sessionId={session.id} /> : <Empty description={t('voting.noSession')} />}
    </>
  );
}

function Rounds({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const elections = useElections(sessionId);
  const rounds = useQuery({
    queryKey: [...electionKeys.all, 'counting', sessionId, (elections.data ?? []).map((e) => e.id).join()],
    queryFn: async () =>
      (
        await Promise.all(
          (elections.data ?? []).map((e) => get<ElectionRound[]>(`/api/elections/${e.id}/rounds`)),
        )
      )
        .flat()
        .filter((r) => r.status === 'open' || r.status === 'counting'),
    enabled: !!elections.data,
    refetchInterval: 5000,
  });
  const list = rounds.data ?? [];
  const [chosen, setChosen] = useState<string>();
  const [mode, setMode] = useState<'ballot' | 'box'>('ballot');
  const round = list.find((r) => r.id === chosen) ?? list[0];
  if (!round) return <Empty description={t('election.noRound')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {list.length > 1 && (
        <Select
          value={round.id}
          onChange={setChosen}
          options={list.map((r) => ({
            value: r.id,
            label: t('election.roundTitle', { number: r.number, type: t(`election.roundType.${r.type}`) }),
          }))}
        />
      )}
      <Segmented
        value={mode}
        onChange={(v) => setMode(v as 'ballot' | 'box')}
        options={[
          { value: 'ballot', label: t('election.byBallot') },
          { value: 'box', label: t('election.byBox') },
        ]}
      />
      {mode === 'ballot' ? <EntryForm round={round} /> : <BoxForm round={round} />}
    </Space>
  );
}

function EntryForm({ round }: { round: ElectionRound }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [box, setBox] = useState('1号票箱');
  const [seq, setSeq] = useState(1);
  const [pass, setPass] = useState<1 | 2>(1);
  const [marks, setMarks] = useState<Record<string, Record<string, Mark>>>({});
  const [writeIns, setWriteIns] = useState<Record<string, string>>({});
  const { send, busy } = useSendEntry(round.id);
  const entries = useQuery({
    queryKey: [...electionKeys.all, 'paper', round.id],
    queryFn: () => get<Entry[]>(`/api/election-rounds/${round.id}/paper-entries`),
  });
  const markOf = (o: string, c: string): Mark => marks[o]?.[c] ?? 'abstain';

  const submit = () =>
    send(
      {
        kind: 'ballot',
        box,
        seq,
        pass,
        offices: round.offices.map((o) => ({
          officeId: o.id,
          marks: Object.fromEntries(o.candidates.map((c) => [c.id, markOf(o.id, c.id)])),
          writeIns: writeIns[o.id]?.trim() ? [writeIns[o.id]?.trim()] : [],
        })),
      },
      (agreed) => {
        message.success(agreed ? t('election.entryAgreed', { seq }) : t('election.entrySaved', { seq }));
        setMarks({});
        setWriteIns({});
        setSeq((n) => n + 1);
      },
    );

  return (
    <>
      <Card size="small" title={t('election.enterBallot')}>
        <Space wrap style={{ marginBottom: 12 }}>
          <BoxField value={box} onChange={setBox} />
          <InputNumber
            addonBefore={t('election.seq')}
            data-testid="paper-seq"
            min={1}
            value={seq}
            onChange={(v) => setSeq(v ?? 1)}
          />
          <PassSwitch value={pass} onChange={setPass} />
        </Space>
        {round.offices.map((o) => (
          <div key={o.id} style={{ marginBottom: 12 }}>
            <strong>{o.name}</strong>（{t('election.seatsHelp', { seats: o.seats })}）
            {o.candidates.map((c) => (
              <div key={c.id} style={{ display: 'flex', gap: 16, alignItems: 'center', padding: '4px 0' }}>
                <span style={{ width: 120 }}>{c.name}</span>
                <Radio.Group
                  data-testid={`paper-mark-${c.name}`}
                  optionType="button"
                  value={markOf(o.id, c.id)}
                  onChange={(e) =>
                    setMarks((m) => ({ ...m, [o.id]: { ...m[o.id], [c.id]: e.target.value as Mark } }))
                  }
                  options={MARKS.map((k) => ({ value: k, label: t(`voting.${k}`) }))}
                />
              </div>
            ))}
            <Input
              style={{ maxWidth: 320 }}
              placeholder={t('election.writeIn')}
              value={writeIns[o.id] ?? ''}
              onChange={(e) => setWriteIns((w) => ({ ...w, [o.id]: e.target.value }))}
            />
          </div>
        ))}
        <Button type="primary" data-testid="paper-submit" loading={busy} onClick={submit}>
          {t('election.saveEntry')}
        </Button>
      </Card>
      <Card size="small" title={t('election.entries')}>
        <Table
          rowKey={(e) => `${e.kind}-${e.box}-${e.seq}`}
          size="small"
          dataSource={entries.data ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('election.box'), dataIndex: 'box' },
            { title: t('election.seq'), dataIndex: 'seq' },
            {
              title: t('election.status'),
              key: 'agreed',
              render: (_, e) =>
                e.agreed ? (
                  <Tag color="green">{t('election.agreed')}</Tag>
                ) : (
                  <Tag color="gold">{t('election.awaitingSecond')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}

type Counts = { yes: number; no: number; abstain: number };

/** 按票箱汇总: a box counted by hand, entered as totals per candidate; also entered twice. */
function BoxForm({ round }: { round: ElectionRound }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [box, setBox] = useState('1号票箱');
  const [pass, setPass] = useState<1 | 2>(1);
  const [ballots, setBallots] = useState(0);
  const [invalid, setInvalid] = useState<Record<string, number>>({});
  const [totals, setTotals] = useState<Record<string, Record<string, Counts>>>({});
  const { send, busy } = useSendEntry(round.id);
  const cell = (o: string, c: string): Counts => totals[o]?.[c] ?? { yes: 0, no: 0, abstain: 0 };
  const set = (o: string, c: string, k: keyof Counts, v: number) =>
    setTotals((all) => ({ ...all, [o]: { ...all[o], [c]: { ...cell(o, c), [k]: v } } }));

  const submit = () =>
    send(
      {
        kind: 'box',
        box,
        pass,
        ballots,
        offices: round.offices.map((o) => ({
          officeId: o.id,
          invalid: invalid[o.id] ?? 0,
          totals: o.candidates.map((c) => ({ candidateId: c.id, name: c.name, ...cell(o.id, c.id) })),
        })),
      },
      (agreed) =>
        message.success(agreed ? t('election.boxAgreed', { box }) : t('election.boxSaved', { box })),
    );

  return (
    <Card size="small" title={t('election.enterBox')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <BoxField value={box} onChange={setBox} />
        <InputNumber
          addonBefore={t('election.boxBallots')}
          data-testid="box-ballots"
          min={0}
          value={ballots}
          onChange={(v) => setBallots(v ?? 0)}
        />
        <PassSwitch value={pass} onChange={setPass} />
      </Space>
      {round.offices.map((o) => (
        <div key={o.id} style={{ marginBottom: 12 }}>
          <strong>{o.name}</strong>{' '}
          <InputNumber
            addonBefore={t('election.invalidBallots')}
            min={0}
            value={invalid[o.id] ?? 0}
            onChange={(v) => setInvalid((x) => ({ ...x, [o.id]: v ?? 0 }))}
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={o.candidates}
            columns={[
              { title: t('election.candidate'), dataIndex: 'name' },
              ...(['yes', 'no', 'abstain'] as const).map((k) => ({
                title: t(`voting.${k}`),
                key: k,
                render: (_: unknown, c: { id: string; name: string }) => (
                  <InputNumber
                    data-testid={`box-${c.name}-${k}`}
                    min={0}
                    value={cell(o.id, c.id)[k]}
                    onChange={(v) => set(o.id, c.id, k, v ?? 0)}
                  />
                ),
              })),
            ]}
          />
        </div>
      ))}
      <Button type="primary" data-testid="box-submit" loading={busy} onClick={submit}>
        {t('election.saveBox')}
      </Button>
    </Card>
  );
}

function BoxField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Input
      addonBefore={t('election.box')}
      data-testid="box-name"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{ width: 220 }}
    />
  );
}

/** 第一遍录入 / 第二遍复核: the second entry must come from another scrutineer and agree. */
function PassSwitch({ value, onChange }: { value: 1 | 2; onChange: (v: 1 | 2) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented
      value={value}
      onChange={(v) => onChange(v as 1 | 2)}
      options={[
        { value: 1, label: t('election.pass1') },
        { value: 2, label: t('election.pass2') },
      ]}
    />
  );
}

/** Sends one paper entry; says whether both passes now agree, or why it was refused. */
function useSendEntry(roundId: string) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const send = async (body: unknown, done: (agreed: boolean) => void) => {
    setBusy(true);
    try {
      done((await post<{ agreed: boolean }>(`/api/election-rounds/${roundId}/paper-entries`, body)).agreed);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      await qc.invalidateQueries({ queryKey: [...electionKeys.all, 'paper', roundId] });
    }
  };
  return { send, busy };
}
