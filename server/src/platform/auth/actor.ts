import type { Role } from '@renda/shared';

/** The signed-in account behind a request. */
export interface Actor {
  accountId: string;
  sessionId: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionId: string;
  deputyId: string | null;
  unitId: string | null;
  mustChangePassword: boolean;
}
