import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, ts } from './columns';

/** A congress: province, city, county or township. Rule profile versions hang off it. */
export const jurisdictions = pgTable(
  'jurisdictions',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    parentId: uuid('parent_id'),
    profileVersion: integer('profile_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('jurisdictions_code_uq').on(t.code)],
);

/** Every version of every jurisdiction's rule profile; a version, once written, never changes. */
export const ruleProfiles = pgTable(
  'rule_profiles',
  {
    id: id(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    version: integer('version').notNull(),
    profile: jsonb('profile').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rule_profiles_version_uq').on(t.jurisdictionId, t.version)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    deputyId: uuid('deputy_id'),
    unitId: uuid('unit_id'),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    lastLoginAt: ts('last_login_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  // usernames are unique across the installation: a login names no jurisdiction
  (t) => [
    uniqueIndex('accounts_username_uq').on(t.username),
    index('accounts_jurisdiction_idx').on(t.jurisdictionId),
  ],
);

/** Server-side sessions, so any instance can serve any request. The cookie holds a random token; we store its hash. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: id(),
    jurisdictionId: uuid('jurisdiction_id').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('auth_sessions_token_uq').on(t.tokenHash),
    index('auth_sessions_account_idx').on(t.accountId),
  ],
);

/** Failed and successful sign-ins, for the per-address rate limit (shared by every instance). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ip: text('ip').notNull(),
    username: text('username').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);

/** Installation-wide settings (the cookie-signing secret, the demo flag). */
export const systemSettings = pgTable('system_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * The audit trail. One hash chain per jurisdiction ('system' for installation-wide events): each entry
 * holds the hash of the entry before it, and audit_chain_heads holds the last one, so an edited,
 * deleted or truncated entry is detectable.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    chain: text('chain').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
    jurisdictionId: uuid('jurisdiction_id'),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_chain_position_uq').on(t.chain, t.position),
    index('audit_jurisdiction_at_idx').on(t.jurisdictionId, t.at),
    index('audit_action_idx').on(t.jurisdictionId, t.action),
  ],
);

export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: text('chain').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
