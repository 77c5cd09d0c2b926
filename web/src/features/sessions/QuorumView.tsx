import type { Quorum } from '@renda/shared';
import { Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** In office, present, on leave, absent, how many are needed, and whether the quorum is met. */
export function QuorumView({ quorum }: { quorum: Quorum }) {
  const { t } = useTranslation();
  const cells = [
    ['inOffice', quorum.inOffice],
    ['present', quorum.present],
    ['onLeave', quorum.onLeave],
    ['absent', quorum.absent],
    ['needed', quorum.needed],
  ] as const;
  return (
    <div
      data-testid="console-quorum"
      style={{ display: 'flex', gap: 32, flexWrap: 'wrap', alignItems: 'center' }}
    >
      {cells.map(([k, v]) => (
        <Statistic key={k} title={t(`voting.${k}`)} value={v} />
      ))}
      <Tag color={quorum.met ? 'green' : 'red'} style={{ fontSize: 16, padding: '4px 12px' }}>
        {quorum.met ? t('voting.met') : t('voting.notMet')}
      </Tag>
    </div>
  );
}
