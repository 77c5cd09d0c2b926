import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type Election,
  type ElectionRound,
  electionCreateSchema,
  type Nomination,
  OFFICE_TYPES,
  presidiumNominationSchema,
} from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, put } from '../../api/client';
import { AddButton } from '../../components/buttons';
import { FormModal } from '../../components/FormModal';
import { clean, validateWith } from '../../components/zod-form';
import { useAgenda, useLiveState } from './api';
import { electionKeys, useElections, useNominations, useRounds } from './elections-api';

const STATUS_COLOR = {
  nominating: 'blue',
  candidates_fixed: 'gold',
  voting: 'red',
  closed: 'default',
} as const;
const ROUND_COLOR = { open: 'red', counting: 'gold', closed: 'green', void: 'default' } as const;

/** 选举: offices and nominations, candidates fixed, rounds opened and closed, results announced. */
export function ElectionsTab({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const elections = useElections(sessionId);
  const [chosen, setChosen] = useState<string>();
  const [creating, setCreating] = useState(false);
  const list = elections.data ?? [];
  const election = list.find((e) => e.id === chosen) ?? list[0];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div className="toolbar" style={{ display: 'flex', gap: 12 }}>
        <Select
          data-testid="election-picker"
          style={{ minWidth: 320 }}
          placeholder={t('election.choose')}
          value={election?.id}
          onChange={setChosen}
          options={list.map((e) => ({ value: e.id, label: e.title }))}
        />
        <AddButton onClick={() => setCreating(true)}>{t('election.create')}</AddButton>
      </div>
      {!election && !elections.isLoading && <Empty description={t('election.none')} />}
      {election && <ElectionDetail key={election.id} sessionId={sessionId} election={election} />}
      {creating && <ElectionModal sessionId={sessionId} onClose={() => setCreating(false)} />}
    </Space>
  );
}

function useAct() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await run();
      if (done) message.success(done);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      await qc.invalidateQueries({ queryKey: electionKeys.all });
      setBusy(false);
    }
  };
  return { act, busy };
}

function ElectionDetail({ sessionId, election }: { sessionId: string; election: Election }) {
  const { t } = useTranslation();
  const [live] = useLiveState(sessionId);
  const liveRound = live?.current?.kind === 'election' ? live.current.ballotsReceived : null;
  const rounds = useRounds(election.id, liveRound);
  const nominations = useNominations(election.id);
  const { act, busy } = useAct();
  const [nominating, setNominating] = useState(false);
  const [issued, setIssued] = useState<number | null>(null);
  const open = (rounds.data ?? []).find((r) => r.status === 'open' || r.status === 'counting');
  const officeName = new Map(election.offices.map((o) => [o.id, o.name]));

  const nominationColumns = [
    { title: t('election.candidate'), dataIndex: 'candidateName' },
    { title: t('election.office'), dataIndex: 'officeId', render: (id: string) => officeName.get(id) },
    {
      title: t('election.nominatedBy'),
      dataIndex: 'nominatedBy',
      render: (b: Nomination['nominatedBy'], n: Nomination) =>
        b === 'presidium'
          ? t('election.presidium')
          : t('election.jointly', { confirmed: n.confirmedSigners, needed: n.signersNeeded ?? 0 }),
    },
    {
      title: t('election.status'),
      dataIndex: 'status',
      render: (s: Nomination['status']) => <Tag>{t(`election.nominationStatus.${s}`)}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, n: Nomination) =>
        election.status === 'nominating' &&
        n.status !== 'withdrawn' && (
          <Popconfirm
            title={t('election.confirmWithdraw')}
            onConfirm={() => act(() => post(`/api/nominations/${n.id}/withdraw`, {}))}
          >
            <Button size="small" danger>
              {t('election.withdraw')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <Card
        size="small"
        title={
          <Space>
            {election.title}
            <Tag color={STATUS_COLOR[election.status]}>{t(`election.status_.${election.status}`)}</Tag>
          </Space>
        }
        extra={
          <Space>
            {election.status === 'nominating' && (
              <>
                <Button onClick={() => setNominating(true)}>{t('election.nominate')}</Button>
                <Button
                  type="primary"
                  data-testid="fix-candidates"
                  loading={busy}
                  onClick={() => act(() => post(`/api/elections/${election.id}/fix-candidates`, {}))}
                >
                  {t('election.fixCandidates')}
                </Button>
              </>
            )}
            {election.nextRound && !open && election.status !== 'nominating' && (
              <Button
                type="primary"
                data-testid="round-open"
                loading={busy}
                onClick={() =>
                  act(() => post(`/api/elections/${election.id}/rounds`, { type: election.nextRound?.type }))
                }
              >
                {t('election.openRound', { type: t(`election.roundType.${election.nextRound.type}`) })}
              </Button>
            )}
          </Space>
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={election.offices}
          columns={[
            { title: t('election.office'), dataIndex: 'name' },
            {
              title: t('election.officeType'),
              dataIndex: 'officeType',
              render: (k: string) => t(`election.officeTypes.${k as (typeof OFFICE_TYPES)[number]}`),
            },
            { title: t('election.seats'), dataIndex: 'seats' },
            {
              title: t('election.margin'),
              key: 'margin',
              render: (_, o) =>
                `${o.marginExtra}（${t('election.marginRange', { min: o.marginRange.min, max: o.marginRange.max ?? '—' })}）`,
            },
            {
              title: t('election.nominees'),
              key: 'nominees',
              render: (_, o) => (
                <>
                  {o.nominees} / {o.places}
                  {o.preliminaryRequired && <Tag color="orange">{t('election.preliminaryNeeded')}</Tag>}
                </>
              ),
            },
            {
              title: t('election.candidates'),
              key: 'candidates',
              render: (_, o) => o.candidates?.map((c) => c.name).join('、') ?? '—',
            },
            {
              title: t('election.elected'),
              key: 'elected',
              render: (_, o) => (
                <>
                  {o.elected.map((p) => (
                    <Tag key={p.name} color="red">
                      {p.name}
                    </Tag>
                  ))}
                  {o.unfilled > 0 && o.elected.length > 0 && (
                    <Tag>{t('election.unfilled', { count: o.unfilled })}</Tag>
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>
      {open && (
        <Card
          size="small"
          title={t('election.currentRound', {
            number: open.number,
            type: t(`election.roundType.${open.type}`),
          })}
        >
          <Space size={24} wrap>
            <span data-testid="round-ballots" style={{ fontSize: 24, fontWeight: 600 }}>
              {t('election.electronicBallots', { count: open.electronicBallots })}
            </span>
            <span>{t('election.paperProgress', open.paper)}</span>
            {open.status === 'open' && (
              <Button
                loading={busy}
                onClick={() => act(() => post(`/api/election-rounds/${open.id}/end-voting`, {}))}
              >
                {t('election.endVoting')}
              </Button>
            )}
            <Space.Compact>
              <InputNumber
                min={0}
                placeholder={t('election.ballotsIssued')}
                value={issued ?? open.ballotsIssued}
                onChange={(v) => setIssued(v)}
                style={{ width: 160 }}
              />
              <Button
                onClick={() =>
                  act(
                    () =>
                      put(`/api/election-rounds/${open.id}/ballots-issued`, { ballotsIssued: issued ?? 0 }),
                    t('common.saved'),
                  )
                }
              >
                {t('election.recordIssued')}
              </Button>
            </Space.Compact>
            <Popconfirm
              title={t('election.confirmClose')}
              onConfirm={() => act(() => post(`/api/election-rounds/${open.id}/close`, {}))}
            >
              <Button type="primary" danger data-testid="round-close" loading={busy}>
                {t('election.closeRound')}
              </Button>
            </Popconfirm>
          </Space>
        </Card>
      )}
      {[...(rounds.data ?? [])]
        .filter((r) => r.result)
        .reverse()
        .map((r) => (
          <RoundResult key={r.id} round={r} />
        ))}
      <Card size="small" title={t('election.nominations')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={nominations.data ?? []}
          columns={nominationColumns}
        />
      </Card>
      {nominating && <NominationModal election={election} onClose={() => setNominating(false)} />}
    </>
  );
}

/** One closed round: per office, each person's yes / no / abstain, who was elected, and the exports. */
function RoundResult({ round }: { round: ElectionRound }) {
  const { t } = useTranslation();
  const result = round.result;
  if (!result) return null;
  return (
    <Card
      size="small"
      data-testid="round-result"
      title={
        <Space>
          {t('election.roundTitle', { number: round.number, type: t(`election.roundType.${round.type}`) })}
          <Tag color={ROUND_COLOR[round.status]}>{t(`election.roundStatus.${round.status}`)}</Tag>
        </Space>
      }
      extra={
        <Space>
          {(['docx', 'xlsx', 'popolo'] as const).map((f) => (
            <a key={f} href={`/api/election-rounds/${round.id}/export?format=${f}`}>
              {t(`election.export.${f}`)}
            </a>
          ))}
        </Space>
      }
    >
      <Descriptions size="small" column={4}>
        <Descriptions.Item label={t('election.base')}>{round.inOffice}</Descriptions.Item>
        <Descriptions.Item label={t('election.presentCount')}>{round.present}</Descriptions.Item>
        <Descriptions.Item label={t('election.issued')}>{result.ballotsIssued}</Descriptions.Item>
        <Descriptions.Item label={t('election.returned')}>{result.ballotsReturned}</Descriptions.Item>
      </Descriptions>
      {result.announced.map((a) => {
        const office = round.offices.find((o) => o.id === a.officeId);
        return (
          <div key={a.officeId} style={{ marginTop: 8 }}>
            <strong>{office?.name}</strong>{' '}
            {a.void ? (
              <Tag color="red">{t('election.voidRound')}</Tag>
            ) : (
              <span style={{ color: '#6b7280' }}>
                {t('election.validInvalid', { valid: a.validBallots, invalid: a.invalidBallots })}
              </span>
            )}
            <Table
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={a.totals}
              columns={[
                { title: t('election.candidate'), dataIndex: 'name' },
                { title: t('voting.yes'), dataIndex: 'yes' },
                { title: t('voting.no'), dataIndex: 'no' },
                { title: t('voting.abstain'), dataIndex: 'abstain' },
                {
                  title: t('election.outcome'),
                  key: 'outcome',
                  render: (_, p) =>
                    a.elected.includes(p.name) ? (
                      <Tag color="red">
                        {t(round.type === 'preliminary' ? 'election.advanced' : 'election.isElected')}
                      </Tag>
                    ) : a.tied.includes(p.name) ? (
                      <Tag color="orange">{t('election.tied')}</Tag>
                    ) : null,
                },
              ]}
            />
          </div>
        );
      })}
    </Card>
  );
}

function NominationModal({ election, onClose }: { election: Election; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (body: unknown) => post(`/api/elections/${election.id}/nominations`, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: electionKeys.all });
      onClose();
    },
  });
  return (
    <FormModal
      title={t('election.nominate')}
      form={form}
      initialValues={{ officeId: election.offices[0]?.id }}
      onFinish={(raw) => {
        const parsed = validateWith(presidiumNominationSchema, clean(raw), form, t);
        if (parsed) save.mutate(parsed);
      }}
      saving={save.isPending}
      error={save.error}
      onClose={onClose}
    >
      <Form.Item name="officeId" label={t('election.office')} required>
        <Select options={election.offices.map((o) => ({ value: o.id, label: o.name }))} />
      </Form.Item>
      <Form.Item name="candidateName" label={t('election.candidate')} required>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="candidateInfo" label={t('election.candidateInfo')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function ElectionModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const agenda = useAgenda(sessionId);
  const save = useMutation({
    mutationFn: (body: unknown) => post(`/api/sessions/${sessionId}/elections`, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: electionKeys.all });
      onClose();
    },
  });
  return (
    <FormModal
      title={t('election.create')}
      form={form}
      initialValues={{ offices: [{ officeType: 'deputy_head', seats: 1, marginExtra: 1 }] }}
      onFinish={(raw) => {
        const offices = ((raw.offices as Record<string, unknown>[] | undefined) ?? []).map((o) => clean(o));
        const parsed = validateWith(electionCreateSchema, { ...clean(raw), offices }, form, t);
        if (parsed) save.mutate(parsed);
      }}
      saving={save.isPending}
      error={save.error}
      onClose={onClose}
    >
      <Form.Item name="itemId" label={t('election.item')} required>
        <Select
          options={(agenda.data ?? [])
            .filter((i) => i.kind === 'election')
            .map((i) => ({ value: i.id, label: i.title }))}
        />
      </Form.Item>
      <Form.List name="offices">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'name']} label={t('election.office')} required>
                  <Input style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'officeType']} label={t('election.officeType')} required>
                  <Select
                    style={{ width: 130 }}
                    options={OFFICE_TYPES.map((k) => ({ value: k, label: t(`election.officeTypes.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'seats']} label={t('election.seats')} required>
                  <InputNumber min={1} style={{ width: 70 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'marginExtra']} label={t('election.margin')} required>
                  <InputNumber min={0} style={{ width: 70 }} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ officeType: 'other', seats: 1, marginExtra: 0 })}
            >
              {t('election.addOffice')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
