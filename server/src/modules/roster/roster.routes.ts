import {
  AppError,
  delegationInputSchema,
  delegationSchema,
  deputyInputSchema,
  deputyListQuerySchema,
  deputyPatchSchema,
  deputySchema,
  idParamsSchema,
  isoDate,
  jurisdictionSchema,
  pageOf,
  rosterSummarySchema,
  scMemberInputSchema,
  scMemberSchema,
  scPositionSchema,
  termInputSchema,
  termSchema,
  unitInputSchema,
  unitListQuerySchema,
  unitPatchSchema,
  unitSchema,
} from '@renda/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../platform/auth/policy';
import { actorOf, auditContextOf } from '../../platform/http/context';
import { createDeputy } from './create-deputy';
import { presentDeputy, presentScMember, presentTerm, presentUnit } from './roster.presenter';
import * as repo from './roster.repository';
import { rosterSummary } from './roster-summary';
import { saveDelegation } from './save-delegation';
import { addScMember, updateScMember } from './save-sc-member';
import { saveTerm } from './save-term';
import { createUnit, updateUnit } from './save-unit';
import { updateDeputy } from './update-deputy';

const read = { config: { ability: 'roster.read' as const } };
const write = { config: { ability: 'roster.write' as const } };
const termQuery = z.object({ termId: z.uuid().optional() }).strict();

export const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const jid = (r: Parameters<typeof actorOf>[0]) => actorOf(r).jurisdictionId;

  app.get(
    '/jurisdiction',
    {
      config: { ability: 'jurisdiction.read' },
      schema: { tags: ['roster'], response: { 200: jurisdictionSchema } },
    },
    async (request) => {
      const j = await repo.getJurisdiction(db(), jid(request));
      if (!j) throw new AppError('NOT_FOUND');
      return {
        id: j.id,
        code: j.code,
        name: j.name,
        level: j.level as 'county',
        parentId: j.parentId,
        profileVersion: j.profileVersion,
      };
    },
  );
  app.get(
    '/roster/summary',
    { ...read, schema: { tags: ['roster'], response: { 200: rosterSummarySchema } } },
    async (request) => rosterSummary(db(), jid(request)),
  );

  // 届 terms
  app.get(
    '/terms',
    { ...read, schema: { tags: ['roster'], response: { 200: z.array(termSchema) } } },
    async (request) => (await repo.listTerms(db(), jid(request))).map(presentTerm),
  );
  app.post(
    '/terms',
    { ...write, schema: { tags: ['roster'], body: termInputSchema, response: { 200: termSchema } } },
    async (request) => saveTerm(db(), auditContextOf(request), jid(request), null, request.body),
  );
  app.patch(
    '/terms/:id',
    {
      ...write,
      schema: {
        tags: ['roster'],
        params: idParamsSchema,
        body: termInputSchema.partial().strict(),
        response: { 200: termSchema },
      },
    },
    async (request) => saveTerm(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );

  // 代表团 delegations
  app.get(
    '/delegations',
    {
      ...read,
      schema: { tags: ['roster'], querystring: termQuery, response: { 200: z.array(delegationSchema) } },
    },
    async (request) => repo.listDelegations(db(), jid(request), request.query.termId),
  );
  app.post(
    '/delegations',
    {
      ...write,
      schema: { tags: ['roster'], body: delegationInputSchema, response: { 200: delegationSchema } },
    },
    async (request) => saveDelegation(db(), auditContextOf(request), jid(request), null, request.body),
  );
  app.patch(
    '/delegations/:id',
    {
      ...write,
      schema: {
        tags: ['roster'],
        params: idParamsSchema,
        body: delegationInputSchema.omit({ termId: true }).partial().strict(),
        response: { 200: delegationSchema },
      },
    },
    async (request) =>
      saveDelegation(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );

  // 代表 deputies
  app.get(
    '/deputies',
    {
      ...read,
      schema: {
        tags: ['roster'],
        querystring: deputyListQuerySchema,
        response: { 200: pageOf(deputySchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await repo.listDeputies(db(), actor.jurisdictionId, request.query);
      const contact = can(actor, 'roster.readContact');
      return {
        items: rows.map((r) => presentDeputy(r, contact)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.get(
    '/deputies/:id',
    { ...read, schema: { tags: ['roster'], params: idParamsSchema, response: { 200: deputySchema } } },
    async (request) => {
      const actor = actorOf(request);
      const d = await repo.getDeputy(db(), actor.jurisdictionId, request.params.id);
      if (!d) throw new AppError('NOT_FOUND');
      return presentDeputy(d, can(actor, 'roster.readContact') || actor.deputyId === d.id);
    },
  );
  app.post(
    '/deputies',
    { ...write, schema: { tags: ['roster'], body: deputyInputSchema, response: { 200: deputySchema } } },
    async (request) => createDeputy(db(), auditContextOf(request), jid(request), request.body),
  );
  app.patch(
    '/deputies/:id',
    {
      ...write,
      schema: {
        tags: ['roster'],
        params: idParamsSchema,
        body: deputyPatchSchema,
        response: { 200: deputySchema },
      },
    },
    async (request) =>
      updateDeputy(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );

  // 单位 units
  app.get(
    '/units',
    {
      ...read,
      schema: { tags: ['roster'], querystring: unitListQuerySchema, response: { 200: pageOf(unitSchema) } },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await repo.listUnits(db(), jid(request), q);
      return { items: rows.map(presentUnit), total, page: q.page, pageSize: q.pageSize };
    },
  );
  app.get(
    '/units/:id',
    { ...read, schema: { tags: ['roster'], params: idParamsSchema, response: { 200: unitSchema } } },
    async (request) => {
      const u = await repo.getUnit(db(), jid(request), request.params.id);
      if (!u) throw new AppError('NOT_FOUND');
      return presentUnit(u);
    },
  );
  app.post(
    '/units',
    { ...write, schema: { tags: ['roster'], body: unitInputSchema, response: { 200: unitSchema } } },
    async (request) => createUnit(db(), auditContextOf(request), jid(request), request.body),
  );
  app.patch(
    '/units/:id',
    {
      ...write,
      schema: {
        tags: ['roster'],
        params: idParamsSchema,
        body: unitPatchSchema,
        response: { 200: unitSchema },
      },
    },
    async (request) =>
      updateUnit(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );

  // 常委会组成人员 standing committee members
  app.get(
    '/standing-committee',
    {
      ...read,
      schema: { tags: ['roster'], querystring: termQuery, response: { 200: z.array(scMemberSchema) } },
    },
    async (request) =>
      (await repo.listScMembers(db(), jid(request), request.query.termId)).map(presentScMember),
  );
  app.post(
    '/standing-committee',
    { ...write, schema: { tags: ['roster'], body: scMemberInputSchema, response: { 200: scMemberSchema } } },
    async (request) => addScMember(db(), auditContextOf(request), jid(request), request.body),
  );
  app.patch(
    '/standing-committee/:id',
    {
      ...write,
      schema: {
        tags: ['roster'],
        params: idParamsSchema,
        body: z
          .object({ position: scPositionSchema.optional(), endDate: isoDate.nullable().optional() })
          .strict(),
        response: { 200: scMemberSchema },
      },
    },
    async (request) =>
      updateScMember(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
};
