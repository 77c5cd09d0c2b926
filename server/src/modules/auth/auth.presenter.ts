import { abilitiesOf, type Me, type Role } from '@renda/shared';

export function presentMe(
  a: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    jurisdictionId: string;
    deputyId: string | null;
    unitId: string | null;
    mustChangePassword: boolean;
  },
  jurisdictionName: string,
): Me {
  const role = a.role as Role;
  return {
    accountId: a.id,
    username: a.username,
    displayName: a.displayName,
    role,
    jurisdictionId: a.jurisdictionId,
    jurisdictionName,
    deputyId: a.deputyId,
    unitId: a.unitId,
    mustChangePassword: a.mustChangePassword,
    abilities: abilitiesOf(role),
  };
}
