import {
  AppError,
  castResultSchema,
  castSchema,
  idParamsSchema,
  myVoteStateSchema,
  publishedVoteSchema,
  voteOpenSchema,
  voteSchema,
} from '@renda/shared';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { votes } from '../../db/schema';
import { actorOf, auditContextOf } from '../../platform/http/context';
import { attachment } from '../../platform/http/download';
import { EXPORT_FORMATS, exportPublished } from '../results-export';
import { getAttendance, getSession } from '../sessions/sessions.repository';
import { castVote } from './cast-vote';
import { closeVote } from './close-vote';
import { openVote } from './open-vote';
import { presentVote } from './votes.presenter';
import * as repo from './votes.repository';

const tags = ['votes'];
const read = { config: { ability: 'sessions.read' as const } };
const conduct = { config: { ability: 'votes.conduct' as const } };
const cast = { config: { ability: 'votes.cast' as const } };

export const votesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const jid = (r: Parameters<typeof actorOf>[0]) => actorOf(r).jurisdictionId;

  app.get(
    '/sessions/:id/votes',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: z.array(voteSchema) } } },
    async (request) => {
      if (!(await getSession(db(), jid(request), request.params.id))) throw new AppError('NOT_FOUND');
      const rows = await repo.listVotes(db(), jid(request), request.params.id);
      return Promise.all(rows.map(async (v) => presentVote(v, await repo.participationCount(db(), v.id))));
    },
  );
  app.post(
    '/sessions/:id/votes',
    {
      ...conduct,
      schema: { tags, params: idParamsSchema, body: voteOpenSchema, response: { 200: voteSchema } },
    },
    async (request) => openVote(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.get(
    '/votes/:id',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: voteSchema } } },
    async (request) => {
      const v = await repo.getVote(db(), jid(request), request.params.id);
      if (!v) throw new AppError('NOT_FOUND');
      return presentVote(v, await repo.participationCount(db(), v.id));
    },
  );
  app.post(
    '/votes/:id/ballots',
    {
      ...cast,
      schema: { tags, params: idParamsSchema, body: castSchema, response: { 200: castResultSchema } },
    },
    async (request) =>
      castVote(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        actorOf(request).deputyId,
        request.body,
      ),
  );
  app.post(
    '/votes/:id/close',
    { ...conduct, schema: { tags, params: idParamsSchema, response: { 200: voteSchema } } },
    async (request) => closeVote(db(), auditContextOf(request), jid(request), request.params.id),
  );
  app.get(
    '/sessions/:id/my-vote',
    { ...cast, schema: { tags, params: idParamsSchema, response: { 200: myVoteStateSchema } } },
    async (request) => {
      const actor = actorOf(request);
      if (!(await getSession(db(), actor.jurisdictionId, request.params.id))) throw new AppError('NOT_FOUND');
      if (!actor.deputyId) throw new AppError('FORBIDDEN');
      const a = await getAttendance(db(), request.params.id, actor.deputyId);
      const open = await repo.openVoteOf(db(), request.params.id);
      return {
        vote: open ? presentVote(open, await repo.participationCount(db(), open.id)) : null,
        present: a?.status === 'present',
        voted: open ? await repo.hasParticipated(db(), open.id, actor.deputyId) : false,
      };
    },
  );
  // Results as Excel, a Word announcement (公告) or Popolo JSON, for closed votes.
  app.get(
    '/votes/:id/export',
    {
      ...read,
      schema: {
        tags,
        params: idParamsSchema,
        querystring: z.object({ format: z.enum(EXPORT_FORMATS) }).strict(),
      },
    },
    async (request, reply) => {
      const v = await repo.getVote(db(), jid(request), request.params.id);
      if (v?.status !== 'closed' || !v.published) throw new AppError('NOT_FOUND');
      const doc = publishedVoteSchema.parse(v.published);
      const file = await exportPublished(doc, request.query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(file.fileName, `result.${request.query.format}`))
        .send(file.body);
    },
  );
  // The published ballot list: anyone may fetch it and recount (`renda recount`).
  app.get(
    '/votes/:id/published',
    {
      config: { public: true },
      schema: { tags, params: idParamsSchema, response: { 200: publishedVoteSchema } },
    },
    async (request) => {
      const [v] = await db()
        .select({ published: votes.published, status: votes.status })
        .from(votes)
        .where(eq(votes.id, request.params.id));
      if (v?.status !== 'closed' || !v.published) throw new AppError('NOT_FOUND');
      return publishedVoteSchema.parse(v.published);
    },
  );
};
