import type { Role } from '@renda/shared';
import { createAccount } from '../modules/accounts/create-account';
import { createDeputy } from '../modules/roster/create-deputy';
import { createJurisdiction } from '../modules/roster/create-jurisdiction';
import { saveDelegation } from '../modules/roster/save-delegation';
import { saveTerm } from '../modules/roster/save-term';
import { createUnit } from '../modules/roster/save-unit';
import type { AuditContext } from '../platform/audit/audit';
import type { Database } from '../platform/db/database';

export const TEST_PASSWORD = 'test-password-123';

/** The audit context of set-up work done by a test itself, outside any request. */
export const testContext = (jurisdictionId: string): AuditContext => ({
  jurisdictionId,
  actorId: null,
  actorLabel: 'test',
  ip: null,
  requestId: null,
});
export const ROLES_UNDER_TEST: Role[] = ['admin', 'presiding', 'deputy', 'unit', 'scrutineer'];

export interface Fixture {
  jurisdictionId: string;
  otherJurisdictionId: string;
  termId: string;
  delegationIds: string[];
  deputyIds: string[];
  unitIds: string[];
  otherDeputyId: string;
  /** username per role: `admin`, `presiding`, … */
  usernames: Record<Role, string>;
}

/** A small county: one term, two delegations, four deputies, two units, an account per role; plus a second county. */
export async function seedFixture(database: Database): Promise<Fixture> {
  const db = database.db;
  const sys: AuditContext = {
    jurisdictionId: null,
    actorId: null,
    actorLabel: 'test',
    ip: null,
    requestId: null,
  };
  const { id: jid } = await createJurisdiction(db, sys, {
    code: 'test-county',
    name: '测试县人民代表大会',
    level: 'county',
  });
  const ctx = { ...sys, jurisdictionId: jid };
  const term = await saveTerm(db, ctx, jid, null, { number: 18, startDate: '2021-10-01' });
  const d1 = await saveDelegation(db, ctx, jid, null, {
    termId: term.id,
    name: '城关镇代表团',
    sortOrder: 1,
  });
  const d2 = await saveDelegation(db, ctx, jid, null, {
    termId: term.id,
    name: '东坪镇代表团',
    sortOrder: 2,
  });
  const deputyIds: string[] = [];
  for (const [i, name] of ['王建国', '李秀英', '张志强', '刘丽娟'].entries()) {
    const d = await createDeputy(db, ctx, jid, {
      termId: term.id,
      name,
      gender: i % 2 ? 'female' : 'male',
      ethnicity: '汉族',
      delegationId: (i < 2 ? d1 : d2).id,
      status: 'in_office',
      phone: `1390000000${i}`,
      cardCode: `T-${i}`,
    });
    deputyIds.push(d.id);
  }
  const u1 = await createUnit(db, ctx, jid, {
    name: '县教育局',
    kind: 'government_department',
    active: true,
  });
  const u2 = await createUnit(db, ctx, jid, { name: '县人民法院', kind: 'court', active: true });
  const usernames = {} as Record<Role, string>;
  for (const role of ROLES_UNDER_TEST) {
    await createAccount(
      db,
      ctx,
      jid,
      {
        username: role,
        displayName: `测试${role}`,
        role,
        deputyId: role === 'deputy' ? (deputyIds[0] ?? null) : null,
        unitId: role === 'unit' ? u1.id : null,
      },
      { password: TEST_PASSWORD, mustChangePassword: false },
    );
    usernames[role] = role;
  }
  const { id: other } = await createJurisdiction(db, sys, {
    code: 'other-county',
    name: '邻县人民代表大会',
    level: 'county',
  });
  const octx = { ...sys, jurisdictionId: other };
  const oterm = await saveTerm(db, octx, other, null, { number: 17, startDate: '2021-10-01' });
  const od = await createDeputy(db, octx, other, {
    termId: oterm.id,
    name: '外县代表',
    gender: 'male',
    ethnicity: '汉族',
    status: 'in_office',
  });
  await createAccount(
    db,
    octx,
    other,
    { username: 'other-admin', displayName: '邻县管理员', role: 'admin' },
    { password: TEST_PASSWORD, mustChangePassword: false },
  );
  return {
    jurisdictionId: jid,
    otherJurisdictionId: other,
    termId: term.id,
    delegationIds: [d1.id, d2.id],
    deputyIds,
    unitIds: [u1.id, u2.id],
    otherDeputyId: od.id,
    usernames,
  };
}
