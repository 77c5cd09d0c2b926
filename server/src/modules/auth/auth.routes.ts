import { changePasswordSchema, csrfSchema, loginSchema, meSchema, okSchema } from '@renda/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordAudit } from '../../platform/audit/audit';
import { endSession, SESSION_COOKIE } from '../../platform/auth/sessions';
import { actorOf, auditContextOf } from '../../platform/http/context';
import { presentMe } from './auth.presenter';
import * as repo from './auth.repository';
import { changePassword } from './change-password';
import { logIn } from './log-in';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const secure = (request: FastifyRequest) =>
    app.deps.config.secureCookies === 'always' ||
    (app.deps.config.secureCookies === 'auto' && request.protocol === 'https');
  const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(request),
      expires,
    });

  app.get(
    '/csrf',
    { config: { public: true }, schema: { tags: ['auth'], response: { 200: csrfSchema } } },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    '/login',
    { config: { public: true }, schema: { tags: ['auth'], body: loginSchema, response: { 200: meSchema } } },
    async (request, reply) => {
      const ctx = { ...auditContextOf(request), userAgent: request.headers['user-agent'] ?? null };
      const r = await logIn(app.deps, ctx, request.body.username, request.body.password);
      setSessionCookie(request, reply, r.token, r.expiresAt);
      return r.me;
    },
  );

  app.post(
    '/logout',
    {
      config: { authenticated: true, allowBeforePasswordChange: true },
      schema: { tags: ['auth'], response: { 200: okSchema } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await app.deps.database.db.transaction(async (tx) => {
        await endSession(tx, actor.sessionId);
        await recordAudit(tx, auditContextOf(request), {
          action: 'auth.logged_out',
          subjectType: 'account',
          subjectId: actor.accountId,
        });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/me',
    {
      config: { authenticated: true, allowBeforePasswordChange: true },
      schema: { tags: ['auth'], response: { 200: meSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const db = app.deps.database.db;
      const account = await repo.findAccountById(db, actor.accountId);
      if (!account) throw new Error('session without account');
      return presentMe(account, await repo.jurisdictionName(db, account.jurisdictionId));
    },
  );

  app.post(
    '/password',
    {
      config: { authenticated: true, allowBeforePasswordChange: true },
      schema: { tags: ['auth'], body: changePasswordSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await changePassword(
        app.deps.database.db,
        auditContextOf(request),
        actorOf(request),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return { ok: true as const };
    },
  );
};
