import type { Vote } from '@renda/shared';
import { App, Button, Card, List, Popconfirm, Segmented, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { useAgenda, useLiveState } from './api';
import { QuorumView } from './QuorumView';
import { ResultView } from './ResultView';
import { VoteHistory } from './VoteHistory';

/** 表决控制台: the presiding officer opens and closes votes and watches quorum and ballots live. */
export function ConsolePage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const agenda = useAgenda(sessionId);
  const [live, refresh] = useLiveState(sessionId);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'secret' | 'named'>('secret');

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await run();
      refresh();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const quorum = live?.quorum;
  const current = live?.current?.kind === 'vote' ? live.current : null;
  const items = (agenda.data ?? []).filter((i) => i.kind === 'vote');
  const blocked = quorum && !quorum.met ? t('voting.quorumNotMet', quorum) : undefined;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {quorum && (
        <Card
          title={t('voting.quorum')}
          size="small"
          extra={
            <a href={`/screen/${sessionId}`} target="_blank" rel="noreferrer" data-testid="open-screen">
              {t('voting.screen')}
            </a>
          }
        >
          <QuorumView quorum={quorum} />
        </Card>
      )}
      {current && (
        <Card title={`${t('voting.voting')}：${current.itemTitle}`} size="small">
          <Space size={24} align="center">
            <span data-testid="console-ballots" style={{ fontSize: 28, fontWeight: 600 }}>
              {t('voting.ballots', { count: current.ballotsReceived })}
            </span>
            <Popconfirm
              title={t('voting.confirmClose')}
              onConfirm={() => act(() => post(`/api/votes/${current.id}/close`, {}))}
            >
              <Button data-testid="vote-close" danger type="primary" size="large" loading={busy}>
                {t('voting.close')}
              </Button>
            </Popconfirm>
          </Space>
        </Card>
      )}
      <Card
        title={t('voting.agenda')}
        size="small"
        extra={
          <Segmented
            data-testid="vote-mode"
            value={mode}
            onChange={(v) => setMode(v as 'secret' | 'named')}
            options={[
              { value: 'secret', label: t('voting.secret') },
              { value: 'named', label: t('voting.named') },
            ]}
          />
        }
      >
        <List
          dataSource={items}
          locale={{ emptyText: t('voting.noItems') }}
          renderItem={(item) => (
            <List.Item
              extra={
                <Tooltip title={blocked}>
                  <Button
                    data-testid="vote-open"
                    type="primary"
                    disabled={!!blocked || !!current || busy}
                    onClick={() =>
                      act(() =>
                        post<Vote>(`/api/sessions/${sessionId}/votes`, {
                          itemId: item.id,
                          text: item.description ?? item.title,
                          mode,
                        }),
                      )
                    }
                  >
                    {t('voting.open')}
                  </Button>
                </Tooltip>
              }
            >
              {item.position}. {item.title}
            </List.Item>
          )}
        />
        {blocked && <div style={{ color: '#dc2626' }}>{blocked}</div>}
      </Card>
      <VoteHistory
        sessionId={sessionId}
        live={live?.lastResult?.id}
        canCorrect={!current}
        onCorrect={(v) =>
          act(() =>
            post<Vote>(`/api/sessions/${sessionId}/votes`, {
              itemId: v.itemId,
              text: v.text,
              mode: v.mode,
              correctsVoteId: v.id,
            }),
          )
        }
      />
      {live?.lastResult && !current && (
        <Card size="small">
          <ResultView result={live.lastResult} />
        </Card>
      )}
    </Space>
  );
}
