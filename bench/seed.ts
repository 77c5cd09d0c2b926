/**
 * The county that the vote benchmarks seed: one jurisdiction, one term, one delegation, N deputies in
 * office with one deputy account each, an admin and a presiding officer, and a sign-in session for each
 * account (created with the platform's `createSession`, what sign-in calls after checking the password:
 * N argon2id verifications would take minutes and measure nothing about voting).
 */
import { accounts, attendance, deputies } from '@renda/server/db/schema/index';
import { createAccount } from '@renda/server/modules/accounts/create-account';
import { createJurisdiction } from '@renda/server/modules/roster/create-jurisdiction';
import { saveDelegation } from '@renda/server/modules/roster/save-delegation';
import { saveTerm } from '@renda/server/modules/roster/save-term';
import { hashPassword } from '@renda/server/platform/auth/passwords';
import { createSession } from '@renda/server/platform/auth/sessions';
import type { Db } from '@renda/server/platform/db/database';

const CHUNK = 500;

export interface SeededCounty {
  jurisdictionId: string;
  termId: string;
  deputyIds: string[];
  adminToken: string;
  presidingToken: string;
  /** one session token per deputy, in the order of deputyIds */
  deputyTokens: string[];
}

export async function seedCounty(db: Db, n: number): Promise<SeededCounty> {
  const sys = { jurisdictionId: null, actorId: null, actorLabel: 'bench', ip: null, requestId: null };
  const { id: jid } = await createJurisdiction(db, sys, {
    code: 'bench-county',
    name: '基准县人民代表大会',
    level: 'county',
  });
  const ctx = { ...sys, jurisdictionId: jid };
  const term = await saveTerm(db, ctx, jid, null, { number: 18, startDate: '2021-10-01' });
  const delegation = await saveDelegation(db, ctx, jid, null, {
    termId: term.id,
    name: '基准代表团',
    sortOrder: 1,
  });

  const deputyIds: string[] = [];
  for (let i = 0; i < n; i += CHUNK) {
    const rows = [];
    for (let j = i; j < Math.min(n, i + CHUNK); j++) {
      rows.push({
        jurisdictionId: jid,
        termId: term.id,
        name: `代表${j}`,
        gender: j % 2 ? 'female' : 'male',
        ethnicity: '汉族',
        delegationId: delegation.id,
        status: 'in_office',
        cardCode: `B-${j}`,
      });
    }
    const inserted = await db.insert(deputies).values(rows).returning({ id: deputies.id });
    for (const r of inserted) deputyIds.push(r.id);
  }

  // one argon2id hash shared by every deputy account: nobody signs in with a password here
  const passwordHash = await hashPassword('bench-password-123');
  const accountIds: string[] = [];
  for (let i = 0; i < n; i += CHUNK) {
    const rows = deputyIds.slice(i, i + CHUNK).map((deputyId, k) => ({
      jurisdictionId: jid,
      username: `deputy-${i + k}`,
      displayName: `代表${i + k}`,
      passwordHash,
      role: 'deputy',
      deputyId,
      mustChangePassword: false,
    }));
    const inserted = await db.insert(accounts).values(rows).returning({ id: accounts.id });
    for (const r of inserted) accountIds.push(r.id);
  }

  const staff = async (role: 'admin' | 'presiding') => {
    const { account } = await createAccount(
      db,
      ctx,
      jid,
      { username: `bench-${role}`, displayName: `基准${role}`, role },
      { password: 'bench-password-123', mustChangePassword: false },
    );
    return account.id;
  };
  const session = (accountId: string) =>
    createSession(db, { accountId, jurisdictionId: jid, hours: 12, ip: null, userAgent: 'bench' }).then(
      (s) => s.token,
    );
  const adminToken = await session(await staff('admin'));
  const presidingToken = await session(await staff('presiding'));
  const deputyTokens: string[] = [];
  for (const accountId of accountIds) deputyTokens.push(await session(accountId));
  return { jurisdictionId: jid, termId: term.id, deputyIds, adminToken, presidingToken, deputyTokens };
}

/** Every deputy signs in at the session (inserted directly: setup, not what is measured). */
export async function attendAll(db: Db, county: SeededCounty, sessionId: string): Promise<void> {
  const ids = county.deputyIds;
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.insert(attendance).values(
      ids.slice(i, i + CHUNK).map((deputyId) => ({
        jurisdictionId: county.jurisdictionId,
        sessionId,
        deputyId,
        status: 'present',
        method: 'staff',
      })),
    );
  }
}
