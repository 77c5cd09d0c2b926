import type { UnitKind } from '@renda/shared';
import { createAccount } from '../modules/accounts/create-account';
import { createDeputy } from '../modules/roster/create-deputy';
import { createJurisdiction } from '../modules/roster/create-jurisdiction';
import { saveDelegation } from '../modules/roster/save-delegation';
import { addScMember } from '../modules/roster/save-sc-member';
import { saveTerm } from '../modules/roster/save-term';
import { createUnit } from '../modules/roster/save-unit';
import type { AuditContext } from '../platform/audit/audit';
import type { Database } from '../platform/db/database';
import { getSetting, installationIsEmpty, setSettingOnce } from '../platform/db/settings.repository';
import {
  DEMO_ACCOUNTS,
  DEMO_DELEGATIONS,
  DEMO_JURISDICTION,
  DEMO_PASSWORD,
  DEMO_UNITS,
  demoDeputies,
} from './demo-data';

export async function isEmpty(database: Database): Promise<boolean> {
  return installationIsEmpty(database.db);
}

/**
 * Loads the fictional county: one term, 180 deputies in 8 delegations, a 25-member standing committee,
 * 25 units and one account per role. Every record goes through the same use-cases as the app, so the
 * audit trail starts complete.
 */
export async function seedDemo(
  database: Database,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const db = database.db;
  const sys: AuditContext = {
    jurisdictionId: null,
    actorId: null,
    actorLabel: 'system:demo',
    ip: null,
    requestId: null,
  };
  const { id: jid } = await createJurisdiction(db, sys, DEMO_JURISDICTION);
  const ctx = { ...sys, jurisdictionId: jid };
  const term = await saveTerm(db, ctx, jid, null, { number: 18, startDate: '2021-10-15', endDate: null });
  const delegations = [];
  for (const [i, name] of DEMO_DELEGATIONS.entries()) {
    delegations.push(await saveDelegation(db, ctx, jid, null, { termId: term.id, name, sortOrder: i + 1 }));
  }
  const people = demoDeputies(180);
  const total = people.length + DEMO_UNITS.length + 30;
  let done = 0;
  const deputyIds: string[] = [];
  for (const p of people) {
    const d = await createDeputy(db, ctx, jid, {
      termId: term.id,
      name: p.name,
      gender: p.gender,
      ethnicity: p.ethnicity,
      birthDate: p.birthDate,
      delegationId: delegations[p.delegationIndex]?.id ?? null,
      constituency: p.constituency,
      occupation: p.occupation,
      party: p.party,
      status: 'in_office',
      cardCode: p.cardCode,
      phone: p.phone,
    });
    deputyIds.push(d.id);
    onProgress?.(++done, total);
  }
  const unitIds = new Map<string, string>();
  for (const u of DEMO_UNITS) {
    const created = await createUnit(db, ctx, jid, { name: u.name, kind: u.kind as UnitKind, active: true });
    unitIds.set(u.name, created.id);
    onProgress?.(++done, total);
  }
  // standing committee: chair, 3 vice chairs, secretary-general, 20 members (county: 15–35)
  for (let i = 0; i < 25; i++) {
    const position = i === 0 ? 'chair' : i <= 3 ? 'vice_chair' : i === 4 ? 'secretary_general' : 'member';
    await addScMember(db, ctx, jid, {
      termId: term.id,
      deputyId: deputyIds[i * 7] as string,
      position,
      startDate: '2021-10-15',
    });
    onProgress?.(++done, total);
  }
  const deputyId = deputyIds[1] as string;
  const deputyName = people[1]?.name ?? '代表';
  for (const a of DEMO_ACCOUNTS) {
    await createAccount(
      db,
      ctx,
      jid,
      {
        username: a.username,
        displayName: a.displayName || `${deputyName}代表`,
        role: a.role,
        deputyId: a.role === 'deputy' ? deputyId : null,
        unitId: a.role === 'unit' ? (unitIds.get('县教育局') ?? null) : null,
      },
      { password: DEMO_PASSWORD, mustChangePassword: false },
    );
    onProgress?.(++done, total);
  }
  await setSettingOnce(db, 'demo', DEMO_JURISDICTION.code);
}

export async function isDemo(database: Database): Promise<boolean> {
  return (await getSetting(database.db, 'demo')) !== null;
}
