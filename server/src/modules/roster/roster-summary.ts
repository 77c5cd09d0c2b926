import type { DbOrTx } from '../../platform/db/database';
import { rosterCounts } from './roster.repository';

/** The figures on the dashboard: deputies in office by status, delegation and gender; units; SC members. */
export async function rosterSummary(db: DbOrTx, jid: string) {
  const c = await rosterCounts(db, jid);
  const byStatus = Object.fromEntries(c.byStatus.map((r) => [r.status, Number(r.n)]));
  return {
    deputiesInOffice: byStatus.in_office ?? 0,
    deputiesByStatus: byStatus,
    deputiesByDelegation: c.byDelegation.map((r) => ({ name: r.name, count: Number(r.n) })),
    deputiesByGender: Object.fromEntries(c.byGender.map((r) => [r.gender, Number(r.n)])),
    units: c.units,
    standingCommitteeMembers: c.sc,
  };
}
