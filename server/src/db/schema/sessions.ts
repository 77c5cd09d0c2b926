import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { day, id, ts } from './columns';
import { accounts, jurisdictions } from './platform';
import { deputies, terms } from './roster';

const jid = () =>
  uuid('jurisdiction_id')
    .notNull()
    .references(() => jurisdictions.id);

/**
 * 会议: a session of the congress (第N届第M次会议) or a meeting of its standing committee. The body
 * decides who votes (deputies in office, or committee members) and which thresholds apply.
 */
export const congressSessions = pgTable(
  'congress_sessions',
  {
    id: id(),
    jurisdictionId: jid(),
    body: text('body').notNull(), // congress | standing_committee
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id),
    number: integer('number').notNull(),
    kind: text('kind').notNull(), // regular | extraordinary
    title: text('title').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    venue: text('venue'),
    /** planned → preparatory (预备会议) → in_progress → closed */
    status: text('status').notNull().default('planned'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('congress_sessions_number_uq').on(t.jurisdictionId, t.body, t.termId, t.number)],
);

/** 主席团成员, 秘书长: elected at the preparatory meeting by a vote whose id is kept. */
export const sessionOfficers = pgTable(
  'session_officers',
  {
    id: id(),
    jurisdictionId: jid(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => congressSessions.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
    role: text('role').notNull(), // presidium | secretary_general
    electedByVoteId: uuid('elected_by_vote_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('session_officers_uq').on(t.sessionId, t.deputyId, t.role)],
);

/** 议程: ordered items; kind review | vote | election | appointment | other. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    jurisdictionId: jid(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => congressSessions.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    /** preparatory (预备会议) | plenary */
    meeting: text('meeting').notNull().default('plenary'),
    title: text('title').notNull(),
    description: text('description'),
    /** What passing this item does, e.g. {type: 'elect_presidium', presidium: [...], secretaryGeneral}. */
    effect: jsonb('effect'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('agenda_items_session_idx').on(t.sessionId, t.position)],
);

/** Documents attached to an agenda item (reports, drafts, the text voted on). */
export const agendaDocuments = pgTable(
  'agenda_documents',
  {
    id: id(),
    jurisdictionId: jid(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => agendaItems.id),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: text('content_base64').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => accounts.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('agenda_documents_item_idx').on(t.itemId)],
);

/**
 * 签到: one row per voter and session. present | on_leave | absent (signed out); method self | card
 * (staff scanned the deputy's card) | staff (by hand).
 */
export const attendance = pgTable(
  'attendance',
  {
    jurisdictionId: jid(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => congressSessions.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
    status: text('status').notNull(),
    method: text('method').notNull(),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.deputyId] })],
);

/** 请假: a deputy asks leave for a session; the office approves or refuses. */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: id(),
    jurisdictionId: jid(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => congressSessions.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('pending'), // pending | approved | refused
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: ts('decided_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('leave_requests_session_idx').on(t.sessionId, t.status)],
);

/**
 * 表决. The result columns are written once, at closing, with the base and rule used; a closed vote is
 * never changed (a correction is a new vote naming the one it corrects).
 */
export const votes = pgTable(
  'votes',
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
    text: text('text').notNull(),
    mode: text('mode').notNull(), // secret | named
    allowChange: boolean('allow_change').notNull(),
    status: text('status').notNull(), // open | closed
    correctsVoteId: uuid('corrects_vote_id'),
    profileVersion: integer('profile_version').notNull(),
    baseKind: text('base_kind').notNull(), // deputies_in_office | members_in_office
    rule: jsonb('rule').notNull(),
    openedBy: uuid('opened_by').references(() => accounts.id),
    openedAt: ts('opened_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    inOffice: integer('in_office'),
    present: integer('present'),
    yes: integer('yes'),
    no: integer('no'),
    abstain: integer('abstain'),
    notVoting: integer('not_voting'),
    passed: boolean('passed'),
    yesNeeded: integer('yes_needed'),
    /** The published ballot list (PublishedVote), frozen at closing. */
    published: jsonb('published'),
  },
  (t) => [
    index('votes_session_idx').on(t.sessionId, t.status),
    // at most one open vote per session: the hall has one voting device
    uniqueIndex('votes_one_open_uq').on(t.sessionId).where(sql`status = 'open'`),
  ],
);

/** Who took part in a vote — never what they chose. */
export const voteParticipations = pgTable(
  'vote_participations',
  {
    jurisdictionId: jid(),
    voteId: uuid('vote_id')
      .notNull()
      .references(() => votes.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.deputyId] })],
);

/**
 * What was chosen. A secret ballot has a random id, a random receipt code and the choice: no deputy,
 * no time, and the rows are rewritten in random order when the vote closes. A named vote (记名) also
 * stores the deputy.
 */
export const voteBallots = pgTable(
  'vote_ballots',
  {
    id: id(),
    jurisdictionId: jid(),
    voteId: uuid('vote_id')
      .notNull()
      .references(() => votes.id),
    receipt: text('receipt').notNull(),
    choice: text('choice').notNull(),
    deputyId: uuid('deputy_id').references(() => deputies.id),
  },
  (t) => [uniqueIndex('vote_ballots_receipt_uq').on(t.voteId, t.receipt)],
);
