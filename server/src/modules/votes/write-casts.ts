import { randomInt } from 'node:crypto';
import { AppError, type Choice } from '@renda/shared';
import { type AuditContext, recordAudits } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { liveNotification } from '../../platform/events/live-events';
import { newReceipt } from '../../platform/events/receipt';
import type { Outcome } from './group-commit';
import { type BallotInsert, insertBallots, lockVoteAndTakePart } from './votes.repository';

/** One deputy's first ballot on a vote, waiting to be written with the others that arrived with it. */
export interface NewCast {
  ctx: AuditContext;
  deputyId: string;
  choice: Choice;
}

export interface CastResult {
  voteId: string;
  choice: Choice;
  receipt: string;
  changed: boolean;
}

const refuse = (code: 'FORBIDDEN' | 'NOT_PRESENT' | 'ALREADY_VOTED'): Outcome<CastResult> => ({
  ok: false,
  error: new AppError(code),
});

/** Fisher–Yates with the system's random source. */
function shuffled<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/**
 * Writes a batch of first ballots on one vote in ONE transaction, and answers each cast on its own:
 * exactly the checks and rows of casting one at a time, a statement per step for the whole batch.
 *
 * One statement share-locks the vote row (closing takes an update lock, so no ballot lands after
 * closing), finds which deputies are in the electorate (else FORBIDDEN) and present (else NOT_PRESENT)
 * and records the participation of those present, where the primary key lets it (also against batches
 * on other instances): a deputy who already took part, or a deputy's second cast in the batch, gets
 * ALREADY_VOTED. The counted casts get their ballots — a fresh receipt
 * each, for a secret vote no deputy, no time, inserted in random order — one live event, and one
 * `vote.participated` audit entry each, appended to the chain in the order the casts arrived. A refusal of the whole batch (no such vote, voting closed)
 * is thrown; everything is answered only after the commit.
 */
export async function writeCasts(
  db: Db,
  jid: string,
  voteId: string,
  casts: readonly NewCast[],
): Promise<Outcome<CastResult>[]> {
  return db.transaction(async (tx) => {
    const found = await lockVoteAndTakePart(
      tx,
      jid,
      voteId,
      casts.map((c) => c.deputyId),
    );
    if (!found) throw new AppError('NOT_FOUND');
    const { vote, who } = found;
    if (vote.status !== 'open') throw new AppError('VOTING_CLOSED');

    const outcomes: Outcome<CastResult>[] = new Array(casts.length);
    const counted: number[] = [];
    const seen = new Set<string>();
    casts.forEach((c, i) => {
      const p = who.get(c.deputyId);
      if (!p) outcomes[i] = refuse('FORBIDDEN');
      else if (p.attendance !== 'present') outcomes[i] = refuse('NOT_PRESENT');
      // the deputy's first cast in the batch is the one that took part, if any did
      else if (!p.took || seen.has(c.deputyId)) outcomes[i] = refuse('ALREADY_VOTED');
      else counted.push(i);
      seen.add(c.deputyId);
    });
    if (!counted.length) return outcomes;

    const receipts = new Set<string>();
    const ballots: BallotInsert[] = [];
    for (const i of counted) {
      const c = casts[i] as NewCast;
      let receipt = newReceipt();
      while (receipts.has(receipt)) receipt = newReceipt();
      receipts.add(receipt);
      ballots.push({
        jurisdictionId: jid,
        voteId,
        receipt,
        choice: c.choice,
        deputyId: vote.mode === 'named' ? c.deputyId : null,
      });
      outcomes[i] = { ok: true, value: { voteId, choice: c.choice, receipt, changed: false } };
    }
    await insertBallots(
      tx,
      shuffled(ballots),
      liveNotification({ jurisdictionId: jid, sessionId: vote.sessionId, kind: 'ballot' }),
    );
    // last, so the audit chain's lock is held only until commit
    await recordAudits(
      tx,
      counted.map((i) => ({
        ctx: (casts[i] as NewCast).ctx,
        event: {
          action: 'vote.participated',
          subjectType: 'vote',
          subjectId: voteId,
          after: { participated: true },
        },
      })),
    );
    return outcomes;
  });
}
