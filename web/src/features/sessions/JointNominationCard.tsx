import type { Election, Nomination } from '@renda/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { useCurrentUser } from '../auth/session';
import { useDeputies } from '../roster/queries';
import { electionKeys, useElections } from './elections-api';

/**
 * 代表联名提名: a deputy leads a joint nomination and names the co-signers; each co-signer confirms here.
 * The nomination counts once enough have confirmed (the profile's minimum, lead included).
 */
export function JointNominationCard({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const me = useCurrentUser();
  const elections = useElections(sessionId);
  const nominating = (elections.data ?? []).filter((e) => e.status === 'nominating');
  const nominations = useQuery({
    queryKey: [...electionKeys.all, 'joint', sessionId, nominating.map((e) => e.id).join()],
    queryFn: async () =>
      (
        await Promise.all(nominating.map((e) => get<Nomination[]>(`/api/elections/${e.id}/nominations`)))
      ).flat(),
    enabled: nominating.length > 0,
  });
  const [starting, setStarting] = useState<Election>();
  if (nominating.length === 0 || !me.deputyId) return null;
  const mine = (nominations.data ?? []).filter(
    (n) =>
      n.nominatedBy === 'deputies' &&
      n.status !== 'withdrawn' &&
      n.signers.some((s) => s.deputyId === me.deputyId),
  );
  const confirm = async (n: Nomination) => {
    try {
      await post(`/api/joint-nominations/${n.id}/confirm`, {});
      message.success(t('election.joint.confirmed'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
    await qc.invalidateQueries({ queryKey: electionKeys.all });
  };
  return (
    <Card size="small" title={t('election.joint.title')} style={{ marginTop: 16 }}>
      {mine.map((n) => {
        const signer = n.signers.find((s) => s.deputyId === me.deputyId);
        return (
          <div key={n.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
            <strong>{n.candidateName}</strong>{' '}
            <Tag color={n.status === 'valid' ? 'green' : 'gold'}>
              {t(`election.nominationStatus.${n.status}`)}
            </Tag>
            <span style={{ color: '#6b7280' }}>
              {t('election.jointly', { confirmed: n.confirmedSigners, needed: n.signersNeeded ?? 0 })}
            </span>
            {signer && !signer.confirmedAt && (
              <Button size="small" type="primary" style={{ marginLeft: 8 }} onClick={() => confirm(n)}>
                {t('election.joint.confirm')}
              </Button>
            )}
          </div>
        );
      })}
      {nominating.map((e) => (
        <Button key={e.id} style={{ marginTop: 8 }} onClick={() => setStarting(e)}>
          {t('election.joint.start', { election: e.title })}
        </Button>
      ))}
      {starting && <StartForm election={starting} onClose={() => setStarting(undefined)} />}
    </Card>
  );
}

function StartForm({ election, onClose }: { election: Election; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const deputies = useDeputies({ page: 1, pageSize: 50, q, status: 'in_office' });
  const [busy, setBusy] = useState(false);
  const submit = async (v: {
    officeId: string;
    candidateName: string;
    candidateInfo?: string;
    cosignerIds: string[];
  }) => {
    setBusy(true);
    try {
      await post(`/api/elections/${election.id}/joint-nominations`, {
        ...v,
        candidateInfo: v.candidateInfo?.trim() || null,
      });
      message.success(t('election.joint.started'));
      await qc.invalidateQueries({ queryKey: electionKeys.all });
      onClose();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      layout="vertical"
      style={{ marginTop: 12 }}
      onFinish={submit}
      initialValues={{ officeId: election.offices[0]?.id }}
    >
      <Form.Item name="officeId" label={t('election.office')} rules={[{ required: true }]}>
        <Select options={election.offices.map((o) => ({ value: o.id, label: o.name }))} />
      </Form.Item>
      <Form.Item name="candidateName" label={t('election.candidate')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="candidateInfo" label={t('election.candidateInfo')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="cosignerIds" label={t('election.joint.cosigners')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setQ}
          options={(deputies.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={busy}>
        {t('election.joint.submit')}
      </Button>{' '}
      <Button onClick={onClose}>{t('common.cancel')}</Button>
    </Form>
  );
}
