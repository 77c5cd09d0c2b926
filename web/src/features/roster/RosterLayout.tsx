import { Tabs } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/session';

const TABS = ['deputies', 'delegations', 'units', 'standing-committee', 'terms', 'import'] as const;
type TabKey = (typeof TABS)[number];
const LABEL: Record<TabKey, ParseKeys> = {
  deputies: 'roster.tabs.deputies',
  delegations: 'roster.tabs.delegations',
  units: 'roster.tabs.units',
  'standing-committee': 'roster.tabs.standingCommittee',
  terms: 'roster.tabs.terms',
  import: 'roster.tabs.import',
};

/** 名册: one page with a tab per list; the import tab only for accounts that may import. */
export function RosterLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const canImport = useCan('roster.import');
  const active = location.pathname.split('/')[2] ?? 'deputies';
  const tabs = TABS.filter((k) => k !== 'import' || canImport);

  return (
    <>
      <PageHeader title={t('roster.title')} />
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(`/roster/${k}`)}
        items={tabs.map((k) => ({
          key: k,
          label: <span data-testid={`roster-tab-${k}`}>{t(LABEL[k])}</span>,
        }))}
        style={{ marginTop: -8 }}
      />
      <div style={{ background: '#fff', padding: 16, borderRadius: 4 }}>
        <Outlet />
      </div>
    </>
  );
}
