import { type RuleProfile, ruleProfileSchema } from '@renda/shared';
import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import {
  deputies,
  electionBallots,
  electionOffices,
  electionParticipations,
  electionRounds,
  elections,
  nominationSigners,
  nominations,
  paperEntries,
  ruleProfiles,
} from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export type ElectionRow = typeof elections.$inferSelect;
export type OfficeRow = typeof electionOffices.$inferSelect;
export type NominationRow = typeof nominations.$inferSelect;
export type RoundRow = typeof electionRounds.$inferSelect;
export type PaperEntryRow = typeof paperEntries.$inferSelect;

// ---------------------------------------------------------------------------------------- elections

export async function getElection(db: DbOrTx, jid: string, id: string): Promise<ElectionRow | null> {
  const [r] = await db
    .select()
    .from(elections)
    .where(and(eq(elections.jurisdictionId, jid), eq(elections.id, id)));
  return r ?? null;
}

/** Nominations, fixing and rounds of one election serialize on its row. */
export async function lockElection(db: DbOrTx, jid: string, id: string): Promise<ElectionRow | null> {
  const [r] = await db
    .select()
    .from(elections)
    .where(and(eq(elections.jurisdictionId, jid), eq(elections.id, id)))
    .for('update');
  return r ?? null;
}

export async function listElections(db: DbOrTx, jid: string, sessionId: string): Promise<ElectionRow[]> {
  return db
    .select()
    .from(elections)
    .where(and(eq(elections.jurisdictionId, jid), eq(elections.sessionId, sessionId)))
    .orderBy(asc(elections.createdAt));
}

export async function setElectionStatus(db: DbOrTx, id: string, status: string): Promise<ElectionRow> {
  const [r] = await db
    .update(elections)
    .set({ status, version: sql`${elections.version} + 1` })
    .where(eq(elections.id, id))
    .returning();
  if (!r) throw new Error('update returned nothing');
  return r;
}

export async function listOffices(db: DbOrTx, electionId: string): Promise<OfficeRow[]> {
  return db
    .select()
    .from(electionOffices)
    .where(eq(electionOffices.electionId, electionId))
    .orderBy(asc(electionOffices.position));
}

// -------------------------------------------------------------------------------------- nominations

export async function getNomination(db: DbOrTx, jid: string, id: string): Promise<NominationRow | null> {
  const [r] = await db
    .select()
    .from(nominations)
    .where(and(eq(nominations.jurisdictionId, jid), eq(nominations.id, id)));
  return r ?? null;
}

export async function listNominations(db: DbOrTx, electionId: string): Promise<NominationRow[]> {
  return db
    .select()
    .from(nominations)
    .where(eq(nominations.electionId, electionId))
    .orderBy(asc(nominations.createdAt), asc(nominations.candidateName));
}

/** Nominations of an office still standing (collecting signatures or valid). */
export async function standingNominations(db: DbOrTx, officeId: string): Promise<NominationRow[]> {
  return db
    .select()
    .from(nominations)
    .where(and(eq(nominations.officeId, officeId), ne(nominations.status, 'withdrawn')));
}

export async function signersOf(db: DbOrTx, nominationIds: string[]) {
  if (!nominationIds.length) return [];
  return db
    .select({
      nominationId: nominationSigners.nominationId,
      deputyId: nominationSigners.deputyId,
      name: deputies.name,
      confirmedAt: nominationSigners.confirmedAt,
    })
    .from(nominationSigners)
    .innerJoin(deputies, eq(deputies.id, nominationSigners.deputyId))
    .where(inArray(nominationSigners.nominationId, nominationIds));
}

export async function confirmedSignerCount(db: DbOrTx, nominationId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(nominationSigners)
    .where(and(eq(nominationSigners.nominationId, nominationId), isNotNull(nominationSigners.confirmedAt)));
  return r?.n ?? 0;
}

/**
 * How many standing joint nominations of this office a deputy has signed (as lead or confirmed
 * co-signer): 第二十六条 caps it at the seats.
 */
export async function jointNominationsSignedBy(
  db: DbOrTx,
  officeId: string,
  deputyId: string,
): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(nominationSigners)
    .innerJoin(nominations, eq(nominations.id, nominationSigners.nominationId))
    .where(
      and(
        eq(nominations.officeId, officeId),
        eq(nominations.nominatedBy, 'deputies'),
        ne(nominations.status, 'withdrawn'),
        eq(nominationSigners.deputyId, deputyId),
        isNotNull(nominationSigners.confirmedAt),
      ),
    );
  return r?.n ?? 0;
}

export async function deputyNames(db: DbOrTx, jid: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: deputies.id, name: deputies.name })
    .from(deputies)
    .where(and(eq(deputies.jurisdictionId, jid), inArray(deputies.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ------------------------------------------------------------------------------------------- rounds

export async function getRound(db: DbOrTx, jid: string, id: string): Promise<RoundRow | null> {
  const [r] = await db
    .select()
    .from(electionRounds)
    .where(and(eq(electionRounds.jurisdictionId, jid), eq(electionRounds.id, id)));
  return r ?? null;
}

/** Casting and entering take a share lock, closing an update lock: nothing lands after closing. */
export async function lockRound(db: DbOrTx, jid: string, id: string, mode: 'share' | 'update') {
  const [r] = await db
    .select()
    .from(electionRounds)
    .where(and(eq(electionRounds.jurisdictionId, jid), eq(electionRounds.id, id)))
    .for(mode);
  return r ?? null;
}

export async function listRounds(db: DbOrTx, electionId: string): Promise<RoundRow[]> {
  return db
    .select()
    .from(electionRounds)
    .where(eq(electionRounds.electionId, electionId))
    .orderBy(asc(electionRounds.number));
}

/** The round open for ballots in a session (the hall has one at a time). */
export async function openRoundOfSession(db: DbOrTx, sessionId: string): Promise<RoundRow | null> {
  const [r] = await db
    .select({ r: electionRounds })
    .from(electionRounds)
    .innerJoin(elections, eq(elections.id, electionRounds.electionId))
    .where(and(eq(elections.sessionId, sessionId), eq(electionRounds.status, 'open')))
    .orderBy(desc(electionRounds.openedAt))
    .limit(1);
  return r?.r ?? null;
}

export async function insertRound(db: DbOrTx, values: typeof electionRounds.$inferInsert): Promise<RoundRow> {
  const [r] = await db.insert(electionRounds).values(values).returning();
  if (!r) throw new Error('insert returned nothing');
  return r;
}

export async function participationCount(db: DbOrTx, roundId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(electionParticipations)
    .where(eq(electionParticipations.roundId, roundId));
  return r?.n ?? 0;
}

/** The electronic ballots returned so far while the round is open or counting; null otherwise. */
export async function openRoundBallotCount(db: DbOrTx, roundId: string): Promise<number | null> {
  const [r] = await db
    .select({
      n: sql<number>`(select count(*)::int from ${electionParticipations} p where p.round_id = ${electionRounds.id})`,
    })
    .from(electionRounds)
    .where(and(eq(electionRounds.id, roundId), inArray(electionRounds.status, ['open', 'counting'])));
  return r ? r.n : null;
}

export async function hasParticipated(db: DbOrTx, roundId: string, deputyId: string): Promise<boolean> {
  const r = await db
    .select({ v: electionParticipations.roundId })
    .from(electionParticipations)
    .where(and(eq(electionParticipations.roundId, roundId), eq(electionParticipations.deputyId, deputyId)));
  return r.length > 0;
}

/** The round's ballots, ordered by their random ids (after closing, a random order). */
export async function ballotsOf(db: DbOrTx, roundId: string) {
  return db
    .select({
      receipt: electionBallots.receipt,
      source: electionBallots.source,
      content: electionBallots.content,
    })
    .from(electionBallots)
    .where(eq(electionBallots.roundId, roundId))
    .orderBy(asc(electionBallots.id));
}

export async function paperEntriesOf(db: DbOrTx, roundId: string): Promise<PaperEntryRow[]> {
  return db
    .select()
    .from(paperEntries)
    .where(eq(paperEntries.roundId, roundId))
    .orderBy(asc(paperEntries.kind), asc(paperEntries.box), asc(paperEntries.seq), asc(paperEntries.pass));
}

/** The rule profile as it was at a version (a round keeps the version it opened under). */
export async function profileAt(db: DbOrTx, jid: string, version: number): Promise<RuleProfile | null> {
  const [r] = await db
    .select({ profile: ruleProfiles.profile })
    .from(ruleProfiles)
    .where(and(eq(ruleProfiles.jurisdictionId, jid), eq(ruleProfiles.version, version)));
  return r ? ruleProfileSchema.parse(r.profile) : null;
}
