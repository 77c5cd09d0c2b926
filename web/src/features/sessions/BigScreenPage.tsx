import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLiveState } from './api';

/** 大屏: public, full screen, dark and high contrast, readable from the back of the hall. */
export function BigScreenPage() {
  const { t } = useTranslation();
  const { sessionId } = useParams();
  const [live] = useLiveState(sessionId);
  const current = live?.current;
  const result = live?.lastResult;
  const c = result?.counts;
  return (
    <div
      style={{
        position: 'fixed',
        inset: 0,
        background: '#0b1020',
        color: '#fff',
        padding: '4vh 5vw',
        display: 'flex',
        flexDirection: 'column',
        gap: '3vh',
        fontSize: '3vw',
      }}
    >
      <div style={{ fontSize: '3.2vw', fontWeight: 700, color: '#fde68a' }}>{live?.title}</div>
      {live && (
        <div style={{ color: '#cbd5e1' }}>
          {t('voting.presentOf', { present: live.quorum.present, inOffice: live.quorum.inOffice })}
        </div>
      )}
      {current && (
        <>
          <div style={{ fontSize: '4vw', fontWeight: 700 }}>{current.itemTitle}</div>
          <div data-testid="screen-voted" style={{ fontSize: '6vw', fontWeight: 800, color: '#93c5fd' }}>
            {t('voting.votedOf', { voted: current.ballotsReceived, present: live.quorum.present })}
          </div>
        </>
      )}
      {!current && result && (
        <div data-testid="screen-result">
          <div style={{ fontSize: '3.5vw', fontWeight: 700 }}>{result.title}</div>
          {c && <CountBars counts={c} />}
          <div style={{ color: '#cbd5e1', fontSize: '2.2vw' }}>
            {t('voting.base', { base: result.base, needed: result.yesNeeded })}
          </div>
          {result.elected?.map((o) => (
            <div
              key={o.office}
              data-testid="screen-elected"
              style={{ fontSize: '4vw', fontWeight: 800, marginTop: '2vh' }}
            >
              <span style={{ color: '#cbd5e1', fontWeight: 600 }}>{o.office}</span>{' '}
              {o.names.length > 0 ? (
                <span style={{ color: '#4ade80' }}>
                  {t('election.screenElected', { names: o.names.join('、') })}
                </span>
              ) : (
                <span style={{ color: '#f87171' }}>{t('election.screenNoneElected')}</span>
              )}
            </div>
          ))}
          {result.passed !== null && (
            <div
              style={{
                fontSize: '12vw',
                fontWeight: 900,
                lineHeight: 1.1,
                color: result.passed ? '#4ade80' : '#f87171',
              }}
            >
              {result.passed ? t('voting.passed') : t('voting.failed')}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

const BAR_COLORS = { yes: '#22c55e', no: '#ef4444', abstain: '#f59e0b', notVoting: '#64748b' } as const;

/** The counts as large figures over one bar split in proportion, readable from the back of the hall. */
function CountBars({ counts }: { counts: { yes: number; no: number; abstain: number; notVoting: number } }) {
  const { t } = useTranslation();
  const keys = ['yes', 'no', 'abstain', 'notVoting'] as const;
  const total = Math.max(
    1,
    keys.reduce((n, k) => n + counts[k], 0),
  );
  return (
    <div style={{ margin: '2vh 0' }}>
      <div style={{ display: 'flex', gap: '4vw' }}>
        {keys.map((k) => (
          <div key={k} data-testid={`screen-count-${k}`}>
            <div style={{ fontSize: '2vw', color: '#cbd5e1' }}>{t(`voting.${k}`)}</div>
            <div style={{ fontSize: '5vw', fontWeight: 800, color: BAR_COLORS[k], lineHeight: 1.1 }}>
              {counts[k]}
            </div>
          </div>
        ))}
      </div>
      <div
        style={{ display: 'flex', height: '2.4vh', marginTop: '1.5vh', borderRadius: 6, overflow: 'hidden' }}
      >
        {keys.map((k) => (
          <div key={k} style={{ width: `${(counts[k] * 100) / total}%`, background: BAR_COLORS[k] }} />
        ))}
      </div>
    </div>
  );
}
