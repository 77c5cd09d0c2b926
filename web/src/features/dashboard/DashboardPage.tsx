import { Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCan, useCurrentUser } from '../auth/session';
import { useRosterSummary } from '../roster/queries';
import { barOption, pieOption } from './chart-options';

/** 首页: the roster at a glance. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canRead = useCan('roster.read');
  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: me.displayName })} intro={me.jurisdictionName} />
      {canRead && <RosterOverview />}
    </>
  );
}

function RosterOverview() {
  const { t } = useTranslation();
  const summary = useRosterSummary();
  if (summary.error) return <ErrorAlert error={summary.error} />;
  if (!summary.data) return <Skeleton active />;
  const s = summary.data;
  const people = t('dashboard.people');
  const labelled = (rec: Record<string, number>, label: (k: string) => string) =>
    Object.entries(rec).map(([k, value]) => ({ name: label(k), value }));
  const statusLabels: Record<string, string> = t('deputyStatus', { returnObjects: true });
  const genderLabels: Record<string, string> = t('gender', { returnObjects: true });

  const empty = <Empty description={t('dashboard.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const delegationHeight = Math.max(240, s.deputiesByDelegation.length * 30 + 40);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={8}>
        <Card>
          <Statistic
            title={t('dashboard.deputiesInOffice')}
            value={s.deputiesInOffice}
            data-testid="stat-deputies"
          />
        </Card>
      </Col>
      <Col xs={12} sm={8}>
        <Card>
          <Statistic title={t('dashboard.units')} value={s.units} />
        </Card>
      </Col>
      <Col xs={12} sm={8}>
        <Card>
          <Statistic title={t('dashboard.scMembers')} value={s.standingCommitteeMembers} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('dashboard.byDelegation')}>
          {s.deputiesByDelegation.length ? (
            <Chart option={barOption(s.deputiesByDelegation, people)} height={delegationHeight} />
          ) : (
            empty
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card title={t('dashboard.byGender')}>
              {Object.keys(s.deputiesByGender).length ? (
                <Chart
                  option={pieOption(
                    labelled(s.deputiesByGender, (k) => genderLabels[k] ?? k),
                    people,
                  )}
                  height={240}
                />
              ) : (
                empty
              )}
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('dashboard.byStatus')}>
              {Object.keys(s.deputiesByStatus).length ? (
                <Chart
                  option={pieOption(
                    labelled(s.deputiesByStatus, (k) => statusLabels[k] ?? k),
                    people,
                  )}
                  height={240}
                />
              ) : (
                empty
              )}
            </Card>
          </Col>
        </Row>
      </Col>
    </Row>
  );
}
