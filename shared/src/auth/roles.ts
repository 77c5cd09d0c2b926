import { z } from 'zod';

/** Account roles. `public` is the anonymous visitor and is never stored on an account. */
export const ROLES = ['admin', 'presiding', 'deputy', 'unit', 'scrutineer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export type ActorRole = Role | 'public';

/**
 * What each role may do. The server's policy module reads this table (and adds subject checks);
 * the web app reads the same table to decide what to show.
 */
export const PERMISSIONS = {
  'roster.read': ['admin', 'presiding', 'deputy', 'unit', 'scrutineer'],
  'roster.readContact': ['admin'],
  'roster.write': ['admin'],
  'roster.import': ['admin'],
  'profile.read': ['admin', 'presiding', 'deputy', 'unit', 'scrutineer'],
  'profile.write': ['admin'],
  'accounts.read': ['admin'],
  'accounts.write': ['admin'],
  'audit.read': ['admin'],
  'jurisdiction.read': ['admin', 'presiding', 'deputy', 'unit', 'scrutineer'],
  'jurisdiction.write': ['admin'],
  // sessions, votes and elections (会议、表决、选举)
  'sessions.read': ['admin', 'presiding', 'deputy', 'unit', 'scrutineer'],
  'sessions.write': ['admin'],
  'attendance.manage': ['admin', 'presiding'],
  'attendance.self': ['deputy'],
  'votes.conduct': ['admin', 'presiding'],
  'votes.cast': ['deputy'],
  'elections.manage': ['admin', 'presiding'],
  'elections.nominate': ['deputy'],
  'ballots.paper': ['scrutineer'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function roleMay(role: ActorRole, action: Action): boolean {
  if (role === 'public') return false;
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

export function abilitiesOf(role: ActorRole): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((a) => roleMay(role, a));
}
