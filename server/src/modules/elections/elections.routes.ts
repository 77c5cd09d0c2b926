import {
  AppError,
  ballotsIssuedSchema,
  electionCastResultSchema,
  electionCastSchema,
  electionCreateSchema,
  electionRoundSchema,
  electionSchema,
  idParamsSchema,
  jointNominationSchema,
  myElectionStateSchema,
  nominationSchema,
  paperEntryResultSchema,
  paperEntrySchema,
  paperEntryStatusSchema,
  presidiumNominationSchema,
  publishedElectionRoundSchema,
  roundOpenSchema,
} from '@renda/shared';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { electionRounds } from '../../db/schema';
import { actorOf, auditContextOf } from '../../platform/http/context';
import { attachment } from '../../platform/http/download';
import { EXPORT_FORMATS, exportPublished } from '../results-export';
import { getAttendance, getSession } from '../sessions/sessions.repository';
import { castElectionBallot } from './cast-ballot';
import { closeRound } from './close-round';
import { confirmNomination } from './confirm-nomination';
import { createElection } from './create-election';
import { electionView, nominationsView, roundView } from './election-view';
import * as repo from './elections.repository';
import { endVoting } from './end-voting';
import { enterPaper } from './enter-paper';
import { finishElection } from './finish-election';
import { fixCandidates } from './fix-candidates';
import { nominateByPresidium } from './nominate-by-presidium';
import { nominateJointly } from './nominate-jointly';
import { openRound } from './open-round';
import { recordBallotsIssued } from './record-ballots-issued';
import { withdrawNomination } from './withdraw-nomination';

const tags = ['elections'];
const read = { config: { ability: 'sessions.read' as const } };
const manage = { config: { ability: 'elections.manage' as const } };
const nominate = { config: { ability: 'elections.nominate' as const } };
const cast = { config: { ability: 'votes.cast' as const } };
const paper = { config: { ability: 'ballots.paper' as const } };
const FINAL = ['closed', 'void'];

export const electionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const jid = (r: Parameters<typeof actorOf>[0]) => actorOf(r).jurisdictionId;
  const electionOf = async (r: Parameters<typeof actorOf>[0], id: string) => {
    const e = await repo.getElection(db(), jid(r), id);
    if (!e) throw new AppError('NOT_FOUND');
    return e;
  };
  const roundOf = async (r: Parameters<typeof actorOf>[0], id: string) => {
    const round = await repo.getRound(db(), jid(r), id);
    if (!round) throw new AppError('NOT_FOUND');
    return round;
  };

  // elections of a session, and setting one up
  app.get(
    '/sessions/:id/elections',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: z.array(electionSchema) } } },
    async (request) => {
      if (!(await getSession(db(), jid(request), request.params.id))) throw new AppError('NOT_FOUND');
      const rows = await repo.listElections(db(), jid(request), request.params.id);
      return Promise.all(rows.map((e) => electionView(db(), e)));
    },
  );
  app.post(
    '/sessions/:id/elections',
    {
      ...manage,
      schema: { tags, params: idParamsSchema, body: electionCreateSchema, response: { 200: electionSchema } },
    },
    async (request) =>
      createElection(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.get(
    '/elections/:id',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: electionSchema } } },
    async (request) => electionView(db(), await electionOf(request, request.params.id)),
  );

  // nominations (提名)
  app.get(
    '/elections/:id/nominations',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: z.array(nominationSchema) } } },
    async (request) => nominationsView(db(), await electionOf(request, request.params.id)),
  );
  app.post(
    '/elections/:id/nominations',
    {
      ...manage,
      schema: {
        tags,
        params: idParamsSchema,
        body: presidiumNominationSchema,
        response: { 200: nominationSchema },
      },
    },
    async (request) =>
      nominateByPresidium(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.post(
    '/elections/:id/joint-nominations',
    {
      ...nominate,
      schema: {
        tags,
        params: idParamsSchema,
        body: jointNominationSchema,
        response: { 200: nominationSchema },
      },
    },
    async (request) =>
      nominateJointly(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        actorOf(request).deputyId,
        request.body,
      ),
  );
  app.post(
    '/joint-nominations/:id/confirm',
    { ...nominate, schema: { tags, params: idParamsSchema, response: { 200: nominationSchema } } },
    async (request) =>
      confirmNomination(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        actorOf(request).deputyId,
      ),
  );
  app.post(
    '/joint-nominations/:id/withdraw',
    { ...nominate, schema: { tags, params: idParamsSchema, response: { 200: nominationSchema } } },
    async (request) =>
      withdrawNomination(db(), auditContextOf(request), jid(request), request.params.id, {
        leadDeputyId: actorOf(request).deputyId,
      }),
  );
  app.post(
    '/nominations/:id/withdraw',
    { ...manage, schema: { tags, params: idParamsSchema, response: { 200: nominationSchema } } },
    async (request) =>
      withdrawNomination(db(), auditContextOf(request), jid(request), request.params.id, { presidium: true }),
  );
  app.post(
    '/elections/:id/fix-candidates',
    { ...manage, schema: { tags, params: idParamsSchema, response: { 200: electionSchema } } },
    async (request) => fixCandidates(db(), auditContextOf(request), jid(request), request.params.id),
  );
  app.post(
    '/elections/:id/finish',
    { ...manage, schema: { tags, params: idParamsSchema, response: { 200: electionSchema } } },
    async (request) => finishElection(db(), auditContextOf(request), jid(request), request.params.id),
  );

  // rounds (投票轮次)
  app.get(
    '/elections/:id/rounds',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: z.array(electionRoundSchema) } } },
    async (request) => {
      const e = await electionOf(request, request.params.id);
      const rounds = await repo.listRounds(db(), e.id);
      return Promise.all(rounds.map((r) => roundView(db(), r)));
    },
  );
  app.post(
    '/elections/:id/rounds',
    {
      ...manage,
      schema: { tags, params: idParamsSchema, body: roundOpenSchema, response: { 200: electionRoundSchema } },
    },
    async (request) =>
      openRound(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.get(
    '/election-rounds/:id',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: electionRoundSchema } } },
    async (request) => roundView(db(), await roundOf(request, request.params.id)),
  );
  app.post(
    '/election-rounds/:id/ballots',
    {
      ...cast,
      schema: {
        tags,
        params: idParamsSchema,
        body: electionCastSchema,
        response: { 200: electionCastResultSchema },
      },
    },
    async (request) =>
      castElectionBallot(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        actorOf(request).deputyId,
        request.body,
      ),
  );
  app.post(
    '/election-rounds/:id/end-voting',
    { ...manage, schema: { tags, params: idParamsSchema, response: { 200: electionRoundSchema } } },
    async (request) => endVoting(db(), auditContextOf(request), jid(request), request.params.id),
  );
  app.put(
    '/election-rounds/:id/ballots-issued',
    {
      ...manage,
      schema: {
        tags,
        params: idParamsSchema,
        body: ballotsIssuedSchema,
        response: { 200: electionRoundSchema },
      },
    },
    async (request) =>
      recordBallotsIssued(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        request.body.ballotsIssued,
      ),
  );
  app.post(
    '/election-rounds/:id/paper-entries',
    {
      ...paper,
      schema: {
        tags,
        params: idParamsSchema,
        body: paperEntrySchema,
        response: { 200: paperEntryResultSchema },
      },
    },
    async (request) =>
      enterPaper(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        actorOf(request).accountId,
        request.body,
      ),
  );
  // the counting desk's progress: what is entered and by whom, never what a ballot says
  app.get(
    '/election-rounds/:id/paper-entries',
    {
      ...paper,
      schema: { tags, params: idParamsSchema, response: { 200: z.array(paperEntryStatusSchema) } },
    },
    async (request) => {
      const round = await roundOf(request, request.params.id);
      const entries = await repo.paperEntriesOf(db(), round.id);
      return entries
        .filter((e) => e.pass === 1)
        .map((e) => {
          const second = entries.find(
            (s) => s.pass === 2 && s.kind === e.kind && s.box === e.box && s.seq === e.seq,
          );
          return {
            kind: e.kind as 'ballot' | 'box',
            box: e.box,
            seq: e.seq,
            firstBy: e.enteredBy,
            secondBy: second?.enteredBy ?? null,
            agreed: Boolean(second),
          };
        });
    },
  );
  app.post(
    '/election-rounds/:id/close',
    { ...manage, schema: { tags, params: idParamsSchema, response: { 200: electionRoundSchema } } },
    async (request) => closeRound(db(), auditContextOf(request), jid(request), request.params.id),
  );
  app.get(
    '/sessions/:id/my-election',
    { ...cast, schema: { tags, params: idParamsSchema, response: { 200: myElectionStateSchema } } },
    async (request) => {
      const actor = actorOf(request);
      if (!(await getSession(db(), actor.jurisdictionId, request.params.id))) throw new AppError('NOT_FOUND');
      if (!actor.deputyId) throw new AppError('FORBIDDEN');
      const a = await getAttendance(db(), request.params.id, actor.deputyId);
      const open = await repo.openRoundOfSession(db(), request.params.id);
      return {
        round: open ? await roundView(db(), open) : null,
        present: a?.status === 'present',
        voted: open ? await repo.hasParticipated(db(), open.id, actor.deputyId) : false,
      };
    },
  );
  // 选举结果报告: Excel, a Word announcement (公告) or Popolo JSON, for rounds counted and published.
  app.get(
    '/election-rounds/:id/export',
    {
      ...read,
      schema: {
        tags,
        params: idParamsSchema,
        querystring: z.object({ format: z.enum(EXPORT_FORMATS) }).strict(),
      },
    },
    async (request, reply) => {
      const r = await repo.getRound(db(), jid(request), request.params.id);
      if (!r || !FINAL.includes(r.status) || !r.published) throw new AppError('NOT_FOUND');
      const doc = publishedElectionRoundSchema.parse(r.published);
      const file = await exportPublished(doc, request.query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(file.fileName, `result.${request.query.format}`))
        .send(file.body);
    },
  );
  // The published ballot list of a counted round: anyone may fetch it and recount (`renda recount`).
  app.get(
    '/election-rounds/:id/published',
    {
      config: { public: true },
      schema: { tags, params: idParamsSchema, response: { 200: publishedElectionRoundSchema } },
    },
    async (request) => {
      const [r] = await db()
        .select({ published: electionRounds.published, status: electionRounds.status })
        .from(electionRounds)
        .where(eq(electionRounds.id, request.params.id));
      if (!r || !FINAL.includes(r.status) || !r.published) throw new AppError('NOT_FOUND');
      return publishedElectionRoundSchema.parse(r.published);
    },
  );
};
