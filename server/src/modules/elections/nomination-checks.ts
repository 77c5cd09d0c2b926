import { AppError, type PresidiumNominationInput } from '@renda/shared';
import type { DbOrTx } from '../../platform/db/database';
import {
  deputyNames,
  type ElectionRow,
  listOffices,
  type OfficeRow,
  standingNominations,
} from './elections.repository';

/**
 * What every nomination must satisfy: the election still takes nominations, the office is one of its
 * offices, a candidate who is a deputy exists, and nobody stands twice for one office (the ballot
 * prints each name once, so names differ within an office).
 */
export async function assertNominable(
  db: DbOrTx,
  jid: string,
  election: ElectionRow,
  input: PresidiumNominationInput,
): Promise<OfficeRow> {
  if (election.status !== 'nominating')
    throw new AppError('INVALID_STATE', {
      electionStatus: election.status,
      reason: 'nominations are closed',
    });
  const office = (await listOffices(db, election.id)).find((o) => o.id === input.officeId);
  if (!office)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'officeId', message: 'not an office of this election' },
    ]);
  if (input.candidateDeputyId && !(await deputyNames(db, jid, [input.candidateDeputyId])).size)
    throw new AppError('VALIDATION_FAILED', [{ path: 'candidateDeputyId', message: 'no such deputy' }]);
  const twice = (await standingNominations(db, office.id)).find(
    (n) =>
      n.candidateName === input.candidateName ||
      (input.candidateDeputyId && n.candidateDeputyId === input.candidateDeputyId),
  );
  if (twice)
    throw new AppError('NOMINATION_INVALID', {
      reason: 'already_nominated',
      officeId: office.id,
      nominationId: twice.id,
    });
  return office;
}
