import type { LiveState } from '@renda/shared';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';

type Result = NonNullable<LiveState['lastResult']>;

/** The outcome of a closed vote: counts, the base and the threshold, passed or not, and a bar chart. */
export function ResultView({ result }: { result: Result }) {
  const { t } = useTranslation();
  const c = result.counts;
  return (
    <div data-testid="console-result">
      <h3 style={{ marginTop: 0 }}>
        {t('voting.result')}：{result.title}{' '}
        {result.passed !== null && (
          <Tag color={result.passed ? 'green' : 'red'} style={{ fontSize: 16, padding: '2px 10px' }}>
            {result.passed ? t('voting.passed') : t('voting.failed')}
          </Tag>
        )}
      </h3>
      {c && (
        <>
          <Descriptions size="small" column={4} bordered>
            <Descriptions.Item label={t('voting.yes')}>{c.yes}</Descriptions.Item>
            <Descriptions.Item label={t('voting.no')}>{c.no}</Descriptions.Item>
            <Descriptions.Item label={t('voting.abstain')}>{c.abstain}</Descriptions.Item>
            <Descriptions.Item label={t('voting.notVoting')}>{c.notVoting}</Descriptions.Item>
          </Descriptions>
          <p>{t('voting.base', { base: result.base, needed: result.yesNeeded })}</p>
          <Chart
            height={220}
            option={{
              grid: { left: 80, right: 24, top: 8, bottom: 24 },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: {
                type: 'category',
                inverse: true,
                data: [t('voting.yes'), t('voting.no'), t('voting.abstain'), t('voting.notVoting')],
              },
              series: [
                {
                  type: 'bar',
                  data: [
                    { value: c.yes, itemStyle: { color: '#16a34a' } },
                    { value: c.no, itemStyle: { color: '#dc2626' } },
                    { value: c.abstain, itemStyle: { color: '#d97706' } },
                    { value: c.notVoting, itemStyle: { color: '#9ca3af' } },
                  ],
                  label: { show: true, position: 'right' },
                },
              ],
            }}
          />
        </>
      )}
    </div>
  );
}
