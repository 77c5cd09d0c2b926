import type { Vote } from '@renda/shared';
import type { VoteRow } from './votes.repository';

export function presentVote(v: VoteRow, ballotsReceived: number): Vote {
  const closed = v.status === 'closed';
  return {
    id: v.id,
    sessionId: v.sessionId,
    itemId: v.itemId,
    title: v.title,
    text: v.text,
    mode: v.mode as Vote['mode'],
    allowChange: v.allowChange,
    status: v.status as Vote['status'],
    correctsVoteId: v.correctsVoteId,
    openedAt: v.openedAt.toISOString(),
    closedAt: v.closedAt?.toISOString() ?? null,
    baseKind: v.baseKind as Vote['baseKind'],
    rule: v.rule as Vote['rule'],
    ballotsReceived,
    result: closed
      ? {
          inOffice: v.inOffice ?? 0,
          present: v.present ?? 0,
          yes: v.yes ?? 0,
          no: v.no ?? 0,
          abstain: v.abstain ?? 0,
          notVoting: v.notVoting ?? 0,
          passed: v.passed ?? false,
          yesNeeded: v.yesNeeded ?? 0,
        }
      : null,
  };
}
