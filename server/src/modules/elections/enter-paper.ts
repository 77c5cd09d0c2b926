import { AppError, type PaperEntryInput, type RoundType } from '@renda/shared';
import { and, eq, ne } from 'drizzle-orm';
import { paperEntries } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import {
  type BallotContent,
  type BoxContent,
  canonicalBallot,
  canonicalBox,
  entryDifferences,
} from './ballot-content';
import type { RoundOffices } from './elections.presenter';
import { lockRound, profileAt } from './elections.repository';

export interface PaperEntryResult {
  roundId: string;
  kind: 'ballot' | 'box';
  box: string;
  seq: number;
  pass: number;
  agreed: boolean;
}

/**
 * 计票录入: a scrutineer enters a paper ballot as read (kind ballot: box and sequence number) or a ballot
 * box counted by hand (kind box: its totals). Every entry is made twice: the second pass by a different
 * scrutineer must agree with the first, field for field; if it does not, nothing is saved and the
 * differing fields are named (ENTRY_MISMATCH), so the paper is looked at again. Only agreed entries
 * count. A paper ballot is entered as it is — a void one is counted as void.
 */
export async function enterPaper(
  db: Db,
  ctx: AuditContext,
  jid: string,
  roundId: string,
  accountId: string,
  input: PaperEntryInput,
): Promise<PaperEntryResult> {
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, jid, roundId, 'share');
    if (!round) throw new AppError('NOT_FOUND');
    if (round.status !== 'open' && round.status !== 'counting') throw new AppError('VOTING_CLOSED');
    const offices = round.offices as RoundOffices;
    const type = round.type as RoundType;
    const profile = await profileAt(tx, jid, round.profileVersion);
    if (!profile) throw new Error('the round’s profile version is missing');
    const content: BallotContent | BoxContent =
      input.kind === 'ballot'
        ? canonicalBallot(offices, input.offices, {
            type,
            writeInOnlyAfterNo: profile.elections.writeInOnlyAfterNo.enabled,
            refuseDefects: false,
          })
        : canonicalBox(offices, input, type);
    const seq = input.kind === 'ballot' ? input.seq : 0;
    const otherWay = await tx
      .select({ id: paperEntries.id })
      .from(paperEntries)
      .where(
        and(
          eq(paperEntries.roundId, roundId),
          eq(paperEntries.box, input.box),
          ne(paperEntries.kind, input.kind),
        ),
      )
      .limit(1);
    if (otherWay.length)
      throw new AppError('CONFLICT', { reason: 'this box is counted the other way', box: input.box });
    const same = await tx
      .select()
      .from(paperEntries)
      .where(
        and(
          eq(paperEntries.roundId, roundId),
          eq(paperEntries.kind, input.kind),
          eq(paperEntries.box, input.box),
          eq(paperEntries.seq, seq),
        ),
      );
    const first = same.find((e) => e.pass === 1);
    if (same.some((e) => e.pass === input.pass))
      throw new AppError('DUPLICATE', { kind: input.kind, box: input.box, seq, pass: input.pass });
    if (input.pass === 2) {
      if (!first) throw new AppError('INVALID_STATE', { reason: 'the first pass is not entered yet' });
      if (first.enteredBy === accountId)
        throw new AppError('CONFLICT', { reason: 'the second entry must be made by a different scrutineer' });
      const fields = entryDifferences(offices, first.content as BallotContent | BoxContent, content);
      if (fields.length)
        throw new AppError('ENTRY_MISMATCH', { kind: input.kind, box: input.box, seq, fields });
    }
    const inserted = await tx
      .insert(paperEntries)
      .values({
        jurisdictionId: jid,
        roundId,
        kind: input.kind,
        box: input.box,
        seq,
        pass: input.pass,
        content,
        enteredBy: accountId,
      })
      .onConflictDoNothing()
      .returning({ id: paperEntries.id });
    if (!inserted.length)
      throw new AppError('DUPLICATE', { kind: input.kind, box: input.box, seq, pass: input.pass });
    const result: PaperEntryResult = {
      roundId,
      kind: input.kind,
      box: input.box,
      seq,
      pass: input.pass,
      agreed: input.pass === 2,
    };
    await recordAudit(tx, ctx, {
      action: 'election.paper_entered',
      subjectType: 'election_round',
      subjectId: roundId,
      after: result,
    });
    return result;
  });
}
