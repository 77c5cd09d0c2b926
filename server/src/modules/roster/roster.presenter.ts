import type { Deputy, DeputyStatus, ScMember, Term, Unit, UnitKind } from '@renda/shared';
import type { standingCommitteeMembers } from '../../db/schema';
import type { DeputyRow, TermRow, UnitRow } from './roster.repository';

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 16 → 十六, 21 → 二十一 (term numbers stay below 100). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

export function presentTerm(t: TermRow): Term {
  return {
    id: t.id,
    number: t.number,
    startDate: t.startDate,
    endDate: t.endDate,
    label: `第${chineseOrdinal(t.number)}届`,
  };
}

/** Contact fields only for those who may read them. */
export function presentDeputy(d: DeputyRow, withContact: boolean): Deputy {
  const base: Deputy = {
    id: d.id,
    termId: d.termId,
    name: d.name,
    gender: d.gender as Deputy['gender'],
    ethnicity: d.ethnicity,
    birthDate: d.birthDate,
    delegationId: d.delegationId,
    delegationName: d.delegationName,
    constituency: d.constituency,
    occupation: d.occupation,
    party: d.party,
    status: d.status as DeputyStatus,
    statusDate: d.statusDate,
    statusNote: d.statusNote,
    version: d.version,
  };
  return withContact
    ? { ...base, phone: d.phone, email: d.email, address: d.address, cardCode: d.cardCode }
    : base;
}

export function presentUnit(u: UnitRow): Unit {
  return {
    id: u.id,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind as UnitKind,
    parentId: u.parentId,
    contactPerson: u.contactPerson,
    phone: u.phone,
    address: u.address,
    active: u.active,
    version: u.version,
  };
}

export function presentScMember(r: {
  m: typeof standingCommitteeMembers.$inferSelect;
  deputyName: string;
}): ScMember {
  return {
    id: r.m.id,
    termId: r.m.termId,
    deputyId: r.m.deputyId,
    deputyName: r.deputyName,
    position: r.m.position as ScMember['position'],
    startDate: r.m.startDate,
    endDate: r.m.endDate,
  };
}
