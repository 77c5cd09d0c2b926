import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationStatus } from '../../platform/db/database';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.string(), reachable: z.boolean() }),
  migrations: z.object({ expected: z.number().int(), applied: z.number().int(), current: z.boolean() }),
});

/** Liveness and readiness: the database answers and its migrations match the code. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: { tags: ['operations'], response: { 200: healthSchema, 503: healthSchema } },
    },
    async (_request, reply) => {
      const database = app.deps.database;
      let reachable = true;
      try {
        await database.rows(sql`select 1`);
      } catch {
        reachable = false;
      }
      const m = reachable ? await migrationStatus(database) : { expected: 0, applied: 0 };
      const current = reachable && m.applied === m.expected;
      const body = {
        status: reachable && current ? ('ok' as const) : ('degraded' as const),
        database: { kind: database.kind, reachable },
        migrations: { ...m, current },
      };
      return reply.status(body.status === 'ok' ? 200 : 503).send(body);
    },
  );
};
