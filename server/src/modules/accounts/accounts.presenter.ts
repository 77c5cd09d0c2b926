import type { Account, Role } from '@renda/shared';
import type { accounts } from '../../db/schema';

type Row = typeof accounts.$inferSelect;

/** Never the hash, never the failure counter. */
export function presentAccount(r: Row): Account {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role as Role,
    deputyId: r.deputyId,
    unitId: r.unitId,
    mustChangePassword: r.mustChangePassword,
    disabled: r.disabled,
    lockedUntil: r.lockedUntil?.toISOString() ?? null,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
  };
}
