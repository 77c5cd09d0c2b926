import { AppError, idParamsSchema, liveStateSchema } from '@renda/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LIVE_CHANNEL, parseLiveEvent } from '../../platform/events/live-events';
import { findSessionAnywhere } from '../sessions/sessions.repository';
import { LiveHub } from './live-hub';
import { ballotsReceived, liveState } from './live-state';

/**
 * The hall's live picture: counts and outcomes only (never a choice during a secret vote), so the big
 * screen in the hall can show it without signing in. Updates arrive as server-sent events, fed by
 * PostgreSQL LISTEN so that every instance's screens agree.
 */
export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const hub = new LiveHub(
    (sessionId) => liveState(db(), sessionId),
    (err) => app.log.error({ err }, 'live state refresh failed'),
    (current) => ballotsReceived(db(), current),
  );
  const stop = await app.deps.database.listen(LIVE_CHANNEL, (payload) => {
    const event = parseLiveEvent(payload);
    if (event) hub.onEvent(event);
  });
  app.addHook('preClose', async () => {
    hub.close();
    await stop();
  });

  app.get(
    '/sessions/:id/live-state',
    {
      config: { public: true },
      schema: { tags: ['live'], params: idParamsSchema, response: { 200: liveStateSchema } },
    },
    async (request) => {
      const state = await liveState(db(), request.params.id);
      if (!state) throw new AppError('NOT_FOUND');
      return state;
    },
  );
  app.get(
    '/sessions/:id/live',
    { config: { public: true }, schema: { tags: ['live'], params: idParamsSchema } },
    async (request, reply) => {
      const id = request.params.id;
      if (!hub.knows(id) && !(await findSessionAnywhere(db(), id))) throw new AppError('NOT_FOUND');
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      reply.raw.write('retry: 1000\n\n');
      hub.subscribe(id, reply.raw);
    },
  );
};
