import { AppError, type Election, type ElectionCreateInput, marginFits } from '@renda/shared';
import { electionOffices, elections } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { getProfile } from '../profile/get-profile';
import { getAgendaItem, lockSession } from '../sessions/sessions.repository';
import { presentElection, rangeOf } from './elections.presenter';

/**
 * The presiding officer (or the office) sets up an election on an election agenda item: the offices to
 * fill, their seats, and the margin the session's 选举办法 fixed — which must lie in the profile's range
 * for the office type (地方组织法 第二十七条). Nominations open at once.
 */
export async function createElection(
  db: Db,
  ctx: AuditContext,
  jid: string,
  sessionId: string,
  input: ElectionCreateInput,
): Promise<Election> {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, jid, sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    if (session.status === 'closed') throw new AppError('INVALID_STATE', { sessionStatus: session.status });
    const item = await getAgendaItem(tx, jid, input.itemId);
    if (!item || item.sessionId !== sessionId)
      throw new AppError('VALIDATION_FAILED', [{ path: 'itemId', message: 'not an item of this session' }]);
    if (item.kind !== 'election')
      throw new AppError('VALIDATION_FAILED', [
        { path: 'itemId', message: `a ${item.kind} item is no election` },
      ]);
    const { profile } = await getProfile(tx, jid);
    const issues = input.offices.flatMap((o, i) => {
      const range = rangeOf(profile, o);
      return marginFits(range, o.marginExtra)
        ? []
        : [
            {
              path: `offices[${i}].marginExtra`,
              message: `the margin for ${o.seats} seats must be ${range.min}–${range.max ?? '∞'}`,
              min: range.min,
              max: range.max,
            },
          ];
    });
    if (issues.length) throw new AppError('VALIDATION_FAILED', issues);
    const [row] = await tx
      .insert(elections)
      .values({ jurisdictionId: jid, sessionId, itemId: item.id, title: input.title ?? item.title })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const offices = await tx
      .insert(electionOffices)
      .values(
        input.offices.map((o, i) => ({
          jurisdictionId: jid,
          electionId: row.id,
          name: o.name,
          officeType: o.officeType,
          seats: o.seats,
          marginExtra: o.marginExtra,
          position: i + 1,
        })),
      )
      .returning();
    offices.sort((a, b) => a.position - b.position);
    const after = presentElection(row, offices, [], [], profile);
    await recordAudit(tx, ctx, {
      action: 'election.created',
      subjectType: 'election',
      subjectId: row.id,
      after,
    });
    return after;
  });
}
