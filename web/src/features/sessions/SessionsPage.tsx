import { Empty, Select, Space, Tabs } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/session';
import { CapabilityPage } from '../capabilities/CapabilityPage';
import { AgendaTab } from './AgendaTab';
import { AttendanceTab } from './AttendanceTab';
import { currentSession, useSessions } from './api';
import { ConsolePage } from './ConsolePage';
import { DeputyVotePage } from './DeputyVotePage';
import { ElectionsTab } from './ElectionsTab';
import { ScrutineerPage } from './ScrutineerPage';
import { SessionListTab } from './SessionListTab';

type TabKey = 'list' | 'agenda' | 'attendance' | 'console' | 'elections';
const LABEL: Record<TabKey, ParseKeys> = {
  list: 'meeting.tabs.list',
  agenda: 'meeting.tabs.agenda',
  attendance: 'meeting.tabs.attendance',
  console: 'meeting.tabs.console',
  elections: 'meeting.tabs.elections',
};

/**
 * 会议: the office keeps sessions and their agendas, staff sign deputies in, the presiding officer
 * conducts votes; a deputy sees the phone page to sign in, ask for leave and vote.
 */
export function SessionsPage() {
  const { t } = useTranslation();
  const write = useCan('sessions.write');
  const attendance = useCan('attendance.manage');
  const conduct = useCan('votes.conduct');
  const cast = useCan('votes.cast');
  const paper = useCan('ballots.paper');
  const elect = useCan('elections.manage');
  const sessions = useSessions();
  const [params, setParams] = useSearchParams();

  if (!write && !attendance && !conduct) {
    if (cast) return <DeputyVotePage />;
    if (paper) return <ScrutineerPage />;
    return <CapabilityPage capability="sessions" />;
  }
  const tabs: TabKey[] = [
    ...(write ? (['list', 'agenda'] as const) : []),
    ...(attendance ? (['attendance'] as const) : []),
    ...(conduct ? (['console'] as const) : []),
    ...(elect ? (['elections'] as const) : []),
  ];
  const requested = params.get('tab') as TabKey | null;
  const active: TabKey = requested && tabs.includes(requested) ? requested : (tabs[0] ?? 'console');
  const sessionId = params.get('session') ?? currentSession(sessions.data)?.id;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next);
  };
  const picker = (
    <Select
      data-testid="session-picker"
      style={{ minWidth: 320 }}
      placeholder={t('voting.chooseSession')}
      value={sessionId}
      onChange={(v) => set('session', v)}
      loading={sessions.isLoading}
      options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.title }))}
    />
  );
  const needsSession = active !== 'list';

  return (
    <>
      <PageHeader title={t('meeting.title')} extra={needsSession ? picker : undefined} />
      <Tabs
        activeKey={active}
        onChange={(k) => set('tab', k)}
        items={tabs.map((k) => ({
          key: k,
          label: <span data-testid={`sessions-tab-${k}`}>{t(LABEL[k])}</span>,
        }))}
        style={{ marginTop: -8 }}
      />
      <div style={{ background: '#fff', padding: 16, borderRadius: 4 }}>
        {active === 'list' && (
          <SessionListTab
            onOpen={(id) => {
              const next = new URLSearchParams(params);
              next.set('session', id);
              next.set('tab', 'agenda');
              setParams(next);
            }}
          />
        )}
        {needsSession && !sessionId && !sessions.isLoading && <Empty description={t('voting.noSession')} />}
        {needsSession && sessionId && (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {active === 'agenda' && <AgendaTab sessionId={sessionId} />}
            {active === 'attendance' && <AttendanceTab sessionId={sessionId} />}
            {active === 'console' && <ConsolePage sessionId={sessionId} />}
            {active === 'elections' && <ElectionsTab sessionId={sessionId} />}
          </Space>
        )}
      </div>
    </>
  );
}
