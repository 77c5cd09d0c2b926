import type { Election, ElectionRound, Nomination, RuleProfile } from '@renda/shared';
import type { DbOrTx } from '../../platform/db/database';
import { getProfile } from '../profile/get-profile';
import { paperStats, presentElection, presentNomination, presentRound } from './elections.presenter';
import {
  type ElectionRow,
  listNominations,
  listOffices,
  listRounds,
  paperEntriesOf,
  participationCount,
  type RoundRow,
  signersOf,
} from './elections.repository';

/** Reads: an election with every office's progress, its nominations, its rounds. */

export async function electionView(db: DbOrTx, e: ElectionRow, profile?: RuleProfile): Promise<Election> {
  const p = profile ?? (await getProfile(db, e.jurisdictionId)).profile;
  const [offices, nominations, rounds] = await Promise.all([
    listOffices(db, e.id),
    listNominations(db, e.id),
    listRounds(db, e.id),
  ]);
  return presentElection(e, offices, nominations, rounds, p);
}

export async function nominationsView(db: DbOrTx, e: ElectionRow, onlyId?: string): Promise<Nomination[]> {
  const { profile } = await getProfile(db, e.jurisdictionId);
  const rows = (await listNominations(db, e.id)).filter((n) => !onlyId || n.id === onlyId);
  const signers = await signersOf(
    db,
    rows.map((n) => n.id),
  );
  return rows.map((n) =>
    presentNomination(
      n,
      signers.filter((s) => s.nominationId === n.id),
      profile.elections.nominationCosigners.min,
    ),
  );
}

export async function nominationView(db: DbOrTx, e: ElectionRow, id: string): Promise<Nomination> {
  const [n] = await nominationsView(db, e, id);
  if (!n) throw new Error('nomination vanished');
  return n;
}

export async function roundView(db: DbOrTx, r: RoundRow): Promise<ElectionRound> {
  const [electronic, entries] = await Promise.all([participationCount(db, r.id), paperEntriesOf(db, r.id)]);
  return presentRound(r, electronic, paperStats(entries));
}
