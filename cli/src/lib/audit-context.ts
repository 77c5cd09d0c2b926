import { userInfo } from 'node:os';
import type { AuditContext } from '@renda/server/platform/audit/audit';

/** Who runs the command: `cli:<os user>`, recorded in every audit entry the command writes. */
export function cliActorLabel(): string {
  let user: string | undefined;
  try {
    user = userInfo().username;
  } catch {
    user = process.env.USER ?? process.env.USERNAME;
  }
  return `cli:${user || 'unknown'}`;
}

export function cliAuditContext(jurisdictionId: string | null): AuditContext {
  return { jurisdictionId, actorId: null, actorLabel: cliActorLabel(), ip: null, requestId: null };
}
