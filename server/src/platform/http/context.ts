import type { Action } from '@renda/shared';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { AuditContext } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Database } from '../db/database';

/** What every use-case may need from the app. */
export interface AppDeps {
  config: Config;
  database: Database;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Anyone, signed in or not. */
    public?: boolean;
    /** Any signed-in account. */
    authenticated?: boolean;
    /** Signed-in accounts whose role has this ability (shared/src/auth/roles.ts). */
    ability?: Action;
    /** Reachable before the initial password has been changed. */
    allowBeforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export function auditContextOf(request: FastifyRequest): AuditContext {
  const a = request.actor;
  return {
    jurisdictionId: a?.jurisdictionId ?? null,
    actorId: a?.accountId ?? null,
    actorLabel: a ? `${a.displayName} (${a.username})` : 'anonymous',
    ip: request.ip ?? null,
    requestId: String(request.id),
  };
}

/** The actor of a route that the guard has already let through. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('actorOf() on a route without authentication');
  return request.actor;
}
