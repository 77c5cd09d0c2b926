import { AppError, roleMay } from '@renda/shared';
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorFromToken, SESSION_COOKIE } from '../auth/sessions';

/** Every /api route with its authorization rule: the cross-role test walks this table. */
export interface RouteEntry {
  method: string;
  url: string;
  config: FastifyContextConfig;
  hasBody: boolean;
  bodyLimit: number | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isDocs = (url: string) =>
  url === '/api/docs' || url.startsWith('/api/docs/') || url === '/api/openapi.json';

/**
 * Every /api route must say who may call it (config.public, .authenticated or .ability); a route that
 * says nothing makes the app refuse to start. The guard then runs on every request: session → actor,
 * 401 / 403 by the route's rule, and CSRF on every state-changing request.
 */
export function installGuard(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || isDocs(route.url)) return;
    const c = route.config ?? {};
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        table.push({
          method,
          url: route.url,
          config: c,
          hasBody: Boolean(route.schema?.body),
          bodyLimit: route.bodyLimit,
        });
    }
    if (!c.public && !c.authenticated && !c.ability) {
      throw new Error(`route ${route.method} ${route.url} declares no authorization rule`);
    }
  });
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await actorFromToken(app.deps.database.db, token) : null;
    const url = request.routeOptions.url ?? '';
    if (!url.startsWith('/api') || isDocs(url)) return;
    const c = request.routeOptions.config;
    if (!c.public) {
      const actor = request.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      if (c.ability && !roleMay(actor.role, c.ability)) throw new AppError('FORBIDDEN');
      if (actor.mustChangePassword && !c.allowBeforePasswordChange)
        throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (!SAFE_METHODS.has(request.method)) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) =>
          err ? reject(new AppError('CSRF_INVALID')) : resolve(),
        );
      });
    }
  });
}
