import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts } from './columns';
import { accounts, jurisdictions } from './platform';
import { deputies } from './roster';
import { agendaItems, congressSessions } from './sessions';

const jid = () =>
  uuid('jurisdiction_id')
    .notNull()
    .references(() => jurisdictions.id);

/** 选举: one election agenda item; its offices share one ballot paper per round. */
export const elections = pgTable(
  'elections',
  {
    id: id(),
    jurisdictionId: jid(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => congressSessions.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => agendaItems.id),
    title: text('title').notNull(),
    /** nominating → candidates_fixed → voting → closed */
    status: text('status').notNull().default('nominating'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('elections_session_idx').on(t.sessionId)],
);

/** An office to fill (e.g. 副县长, 3 seats) with its type for the margin rule of 第二十七条. */
export const electionOffices = pgTable(
  'election_offices',
  {
    id: id(),
    jurisdictionId: jid(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id),
    name: text('name').notNull(),
    officeType: text('office_type').notNull(), // head | deputy_head | committee_member | other
    seats: integer('seats').notNull(),
    /** The margin the session's election rules (选举办法) fixed, within the law's range. */
    marginExtra: integer('margin_extra'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('election_offices_election_idx').on(t.electionId)],
);

/** 提名: by the presidium, or jointly by deputies who each confirm (联名). */
export const nominations = pgTable(
  'nominations',
  {
    id: id(),
    jurisdictionId: jid(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => electionOffices.id),
    candidateName: text('candidate_name').notNull(),
    candidateDeputyId: uuid('candidate_deputy_id').references(() => deputies.id),
    candidateInfo: text('candidate_info'),
    nominatedBy: text('nominated_by').notNull(), // presidium | deputies
    leadDeputyId: uuid('lead_deputy_id').references(() => deputies.id),
    /** collecting (co-signers still confirming) | valid | withdrawn */
    status: text('status').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('nominations_office_idx').on(t.officeId, t.status)],
);

/** A co-signer of a joint nomination; counts only once confirmed. */
export const nominationSigners = pgTable(
  'nomination_signers',
  {
    jurisdictionId: jid(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
    confirmedAt: ts('confirmed_at'),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.deputyId] })],
);

/** 投票轮次: preliminary (预选) | formal | revote (票数相等再次投票) | supplementary (另行选举). */
export const electionRounds = pgTable(
  'election_rounds',
  {
    id: id(),
    jurisdictionId: jid(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id),
    number: integer('number').notNull(),
    type: text('type').notNull(),
    /** open → counting (paper ballots being entered) → closed | void */
    status: text('status').notNull(),
    ballotsIssued: integer('ballots_issued'),
    profileVersion: integer('profile_version').notNull(),
    baseKind: text('base_kind').notNull(),
    rule: jsonb('rule').notNull(),
    openedBy: uuid('opened_by').references(() => accounts.id),
    openedAt: ts('opened_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    inOffice: integer('in_office'),
    present: integer('present'),
    /** Per office: seats and candidates on this round's ballot, and the announced count. */
    offices: jsonb('offices').notNull(),
    announced: jsonb('announced'),
    published: jsonb('published'),
  },
  (t) => [uniqueIndex('election_rounds_number_uq').on(t.electionId, t.number)],
);

/** Who received and returned an electronic ballot — never what it said. */
export const electionParticipations = pgTable(
  'election_participations',
  {
    jurisdictionId: jid(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => electionRounds.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.deputyId] })],
);

/** A ballot as counted: random id and receipt, its marks per office; no deputy, no time. */
export const electionBallots = pgTable(
  'election_ballots',
  {
    id: id(),
    jurisdictionId: jid(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => electionRounds.id),
    receipt: text('receipt').notNull(),
    source: text('source').notNull(), // electronic | paper
    content: jsonb('content').notNull(),
  },
  (t) => [uniqueIndex('election_ballots_receipt_uq').on(t.roundId, t.receipt)],
);

/**
 * 计票录入: scrutineers enter paper ballots one by one (kind ballot, box + seq) or a tally per ballot
 * box (kind box). Each is entered twice by different scrutineers; only agreeing pairs count.
 */
export const paperEntries = pgTable(
  'paper_entries',
  {
    id: id(),
    jurisdictionId: jid(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => electionRounds.id),
    kind: text('kind').notNull(),
    box: text('box').notNull(),
    seq: integer('seq').notNull().default(0),
    pass: integer('pass').notNull(),
    content: jsonb('content').notNull(),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('paper_entries_uq').on(t.roundId, t.kind, t.box, t.seq, t.pass)],
);
