import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { day, id, ts } from './columns';
import { jurisdictions } from './platform';

const jid = () =>
  uuid('jurisdiction_id')
    .notNull()
    .references(() => jurisdictions.id);

/** 届: a five-year term of the congress. */
export const terms = pgTable(
  'terms',
  {
    id: id(),
    jurisdictionId: jid(),
    number: integer('number').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('terms_number_uq').on(t.jurisdictionId, t.number)],
);

/** 代表团: the delegation a deputy sits with at sessions. */
export const delegations = pgTable(
  'delegations',
  {
    id: id(),
    jurisdictionId: jid(),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('delegations_name_uq').on(t.jurisdictionId, t.termId, t.name)],
);

/** 人大代表. Deputies are never deleted; their status records how a mandate ended. */
export const deputies = pgTable(
  'deputies',
  {
    id: id(),
    jurisdictionId: jid(),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    ethnicity: text('ethnicity').notNull(),
    birthDate: day('birth_date'),
    delegationId: uuid('delegation_id').references(() => delegations.id),
    constituency: text('constituency'),
    occupation: text('occupation'),
    party: text('party'),
    status: text('status').notNull().default('in_office'),
    statusDate: day('status_date'),
    statusNote: text('status_note'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    cardCode: text('card_code'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('deputies_term_idx').on(t.jurisdictionId, t.termId, t.status),
    index('deputies_delegation_idx').on(t.jurisdictionId, t.delegationId),
    uniqueIndex('deputies_card_uq').on(t.jurisdictionId, t.cardCode),
  ],
);

/** 组织与单位: government departments, the supervisory commission, court, procuratorate, committees, stations. */
export const units = pgTable(
  'units',
  {
    id: id(),
    jurisdictionId: jid(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id'),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    address: text('address'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_name_uq').on(t.jurisdictionId, t.name),
    index('units_kind_idx').on(t.jurisdictionId, t.kind),
  ],
);

/** 常委会组成人员. */
export const standingCommitteeMembers = pgTable(
  'standing_committee_members',
  {
    id: id(),
    jurisdictionId: jid(),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
    position: text('position').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
  },
  (t) => [uniqueIndex('sc_members_deputy_uq').on(t.jurisdictionId, t.termId, t.deputyId)],
);
