import type { Vote } from '@renda/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';

/** 表决记录: the session's closed votes, their published ballot lists and exports; a correction is a new vote. */
export function VoteHistory({
  sessionId,
  live,
  canCorrect,
  onCorrect,
}: {
  sessionId: string;
  live: unknown;
  canCorrect: boolean;
  onCorrect: (vote: Vote) => void;
}) {
  const { t } = useTranslation();
  const votes = useQuery({
    queryKey: ['sessions', sessionId, 'votes', live],
    queryFn: () => get<Vote[]>(`/api/sessions/${sessionId}/votes`),
    placeholderData: keepPreviousData,
  });
  const closed = (votes.data ?? []).filter((v) => v.status === 'closed');
  if (closed.length === 0) return null;
  return (
    <Card size="small" title={t('voting.history')}>
      <Table<Vote>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={closed}
        columns={[
          {
            title: t('voting.item'),
            dataIndex: 'title',
            render: (title: string, v) => (
              <>
                {title} {v.correctsVoteId && <Tag color="purple">{t('voting.correction')}</Tag>}
              </>
            ),
          },
          { title: t('voting.mode'), dataIndex: 'mode', render: (m: Vote['mode']) => t(`voting.${m}`) },
          {
            title: t('voting.result'),
            key: 'result',
            render: (_, v) =>
              v.result && (
                <Space>
                  <Tag color={v.result.passed ? 'green' : 'red'}>
                    {v.result.passed ? t('voting.passed') : t('voting.failed')}
                  </Tag>
                  {t('voting.countsShort', v.result)}
                </Space>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, v) => (
              <Space size={12} wrap>
                <a href={`/api/votes/${v.id}/published`} target="_blank" rel="noreferrer">
                  {t('voting.ballotList')}
                </a>
                <a href={`/api/votes/${v.id}/export?format=docx`}>{t('voting.exportDocx')}</a>
                <a href={`/api/votes/${v.id}/export?format=xlsx`}>{t('voting.exportXlsx')}</a>
                {canCorrect && (
                  <Popconfirm title={t('voting.confirmCorrect')} onConfirm={() => onCorrect(v)}>
                    <Button size="small">{t('voting.correct')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
