import type { UnitKind } from '@renda/shared';
import { createAccount } from '../modules/accounts/create-account';
import { createDeputy } from '../modules/roster/create-deputy';
import { createJurisdiction } from '../modules/roster/create-jurisdiction';
import { saveDelegation } from '../modules/roster/save-delegation';
import { addScMember } from '../modules/roster/save-sc-member';
import { saveTerm } from '../modules/roster/save-term';
import { createUnit } from '../modules/roster/save-unit';
import { decideLeave, requestLeave } from '../modules/sessions/leave';
import { staffCheckIn } from '../modules/sessions/record-attendance';
import { addAgendaItem } from '../modules/sessions/save-agenda-item';
import { createSession, updateSession } from '../modules/sessions/save-session';
import type { AuditContext } from '../platform/audit/audit';
import type { Database, Db } from '../platform/db/database';
import { getSetting, installationIsEmpty, setSettingOnce } from '../platform/db/settings.repository';
import {
  DEMO_ACCOUNTS,
  DEMO_DELEGATIONS,
  DEMO_JURISDICTION,
  DEMO_PASSWORD,
  DEMO_SESSION,
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
  const total = people.length + DEMO_UNITS.length + 25 + DEMO_ACCOUNTS.length;
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
  for (const a of DEMO_ACCOUNTS) {
    const index = 'deputyIndex' in a && typeof a.deputyIndex === 'number' ? a.deputyIndex : null;
    const deputyId = index === null ? null : (deputyIds[index] ?? null);
    const deputyName = index === null ? '' : (people[index]?.name ?? '');
    await createAccount(
      db,
      ctx,
      jid,
      {
        username: a.username,
        displayName: a.displayName || `${deputyName}代表`,
        role: a.role,
        deputyId,
        unitId: a.role === 'unit' ? (unitIds.get('县教育局') ?? null) : null,
      },
      { password: DEMO_PASSWORD, mustChangePassword: false },
    );
    onProgress?.(++done, total);
  }
  await seedDemoSession(db, ctx, jid, term.id, deputyIds);
  await setSettingOnce(db, 'demo', DEMO_JURISDICTION.code);
}

/** A session in progress with its agenda; most deputies signed in by card, two on approved leave. */
async function seedDemoSession(db: Db, ctx: AuditContext, jid: string, termId: string, deputyIds: string[]) {
  const session = await createSession(db, ctx, jid, {
    body: 'congress',
    termId,
    number: DEMO_SESSION.number,
    kind: 'regular',
    title: DEMO_SESSION.title,
    startDate: DEMO_SESSION.startDate,
    endDate: DEMO_SESSION.endDate,
    venue: DEMO_SESSION.venue,
  });
  for (const item of DEMO_SESSION.agenda) {
    await addAgendaItem(db, ctx, jid, session.id, { meeting: 'plenary', ...item });
  }
  await updateSession(db, ctx, jid, session.id, { status: 'in_progress', version: session.version });
  const accountDeputies = new Set(DEMO_ACCOUNTS.flatMap((a) => ('deputyIndex' in a ? [a.deputyIndex] : [])));
  const others = deputyIds.filter((_, i) => !accountDeputies.has(i));
  for (const [i, reason] of DEMO_SESSION.onLeave.entries()) {
    const deputyId = others[others.length - 1 - i] as string;
    const leave = await requestLeave(
      db,
      { ...ctx, actorLabel: 'system:demo' },
      jid,
      session.id,
      deputyId,
      reason,
    );
    await decideLeave(db, ctx, jid, leave.id, true);
  }
  for (const deputyId of others.slice(0, DEMO_SESSION.present)) {
    await staffCheckIn(db, ctx, jid, session.id, { cardCode: undefined, deputyId, status: 'present' });
  }
}

export async function isDemo(database: Database): Promise<boolean> {
  return (await getSetting(database.db, 'demo')) !== null;
}
