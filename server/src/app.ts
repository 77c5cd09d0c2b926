import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { accountsRoutes } from './modules/accounts/accounts.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { electionsRoutes } from './modules/elections/elections.routes';
import { healthRoutes } from './modules/health/health.routes';
import { liveRoutes } from './modules/live/live.routes';
import { profileRoutes } from './modules/profile/profile.routes';
import { importRoutes } from './modules/roster/import/import.routes';
import { rosterRoutes } from './modules/roster/roster.routes';
import { sessionsRoutes } from './modules/sessions/sessions.routes';
import { votesRoutes } from './modules/votes/votes.routes';
import { type Database, openDatabase, runMigrations } from './platform/db/database';
import { getSetting, setSettingOnce } from './platform/db/settings.repository';
import type { AppDeps } from './platform/http/context';
import { installErrorHandler, sendError } from './platform/http/error-handler';
import { installGuard } from './platform/http/guard';

export const BODY_LIMIT = 1024 * 1024;
const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildOptions {
  /** An open database (tests share one); otherwise opened from config.databaseUrl. */
  database?: Database;
  /** Close the database when the app closes (default: when buildApp opened it). */
  closeDatabase?: boolean;
  logger?: boolean;
}

/** The cookie-signing secret lives in the database, so every instance signs alike. */
async function cookieSecret(database: Database): Promise<string> {
  const key = 'cookie_secret';
  return (
    (await getSetting(database.db, key)) ?? setSettingOnce(database.db, key, randomBytes(32).toString('hex'))
  );
}

/** Builds the whole app: used by `renda serve`, the CLI and every API test. */
export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const ownsDatabase = !opts.database;
  const database = opts.database ?? (await openDatabase(config.databaseUrl, config.dataDir));
  await runMigrations(database);
  const secret = await cookieSecret(database);

  const app = Fastify({
    logger:
      opts.logger === false || config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    ajv: undefined,
  });
  const deps: AppDeps = { config, database };
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie, { secret });
  await app.register(fastifyCsrf, {
    cookieKey: 'renda_csrf',
    cookieOpts: {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      signed: true,
      secure: config.secureCookies === 'always',
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Renda API', description: '人大履职平台 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'renda_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  installGuard(app);
  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(rosterRoutes, { prefix: '/api' });
  await app.register(importRoutes, { prefix: '/api/import' });
  await app.register(profileRoutes, { prefix: '/api/profile' });
  await app.register(accountsRoutes, { prefix: '/api/accounts' });
  await app.register(auditRoutes, { prefix: '/api/audit' });
  await app.register(sessionsRoutes, { prefix: '/api' });
  await app.register(votesRoutes, { prefix: '/api' });
  await app.register(electionsRoutes, { prefix: '/api' });
  await app.register(liveRoutes, { prefix: '/api' });

  const webDist = config.webDist ? path.resolve(config.webDist) : DEFAULT_WEB_DIST;
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    // API paths, other methods and missing files (anything with an extension) get a real 404;
    // every other path is a page of the single-page app
    if (pathname.startsWith('/api') || request.method !== 'GET' || /\.[a-z0-9]+$/i.test(pathname)) {
      return sendError(request, reply, 'NOT_FOUND');
    }
    if (hasWeb) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply
      .type('text/plain; charset=utf-8')
      .send('Renda API is running. Build the web app with `npm run build:web`.');
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  if (opts.closeDatabase ?? ownsDatabase) app.addHook('onClose', async () => database.close());
  return app;
}
