import {
  AppError,
  agendaDocumentInputSchema,
  agendaDocumentSchema,
  agendaItemInputSchema,
  agendaItemPatchSchema,
  agendaItemSchema,
  attendanceRowSchema,
  idParamsSchema,
  leaveDecisionSchema,
  leaveInputSchema,
  leaveRequestSchema,
  quorumSchema,
  sessionInputSchema,
  sessionPatchSchema,
  sessionSchema,
  staffCheckInSchema,
} from '@renda/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf } from '../../platform/http/context';
import { attachment } from '../../platform/http/download';
import { getProfile } from '../profile/get-profile';
import { decideLeave, requestLeave } from './leave';
import { quorumOf } from './quorum';
import { selfCheckIn, staffCheckIn } from './record-attendance';
import { addAgendaItem, attachDocument, updateAgendaItem } from './save-agenda-item';
import { createSession, loadSession, updateSession } from './save-session';
import { presentAgendaItem } from './sessions.presenter';
import * as repo from './sessions.repository';

const read = { config: { ability: 'sessions.read' as const } };
const write = { config: { ability: 'sessions.write' as const } };
const manage = { config: { ability: 'attendance.manage' as const } };
const self = { config: { ability: 'attendance.self' as const } };
const tags = ['sessions'];
const checkInResult = z.object({
  deputyId: z.uuid(),
  status: z.enum(['present', 'on_leave', 'absent']),
  changed: z.boolean(),
});

function presentLeave(r: Awaited<ReturnType<typeof repo.listLeave>>[number]) {
  return {
    id: r.l.id,
    sessionId: r.l.sessionId,
    deputyId: r.l.deputyId,
    name: r.name,
    reason: r.l.reason,
    status: r.l.status as 'pending' | 'approved' | 'refused',
    createdAt: r.l.createdAt.toISOString(),
    decidedAt: r.l.decidedAt?.toISOString() ?? null,
  };
}

export const sessionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const jid = (r: Parameters<typeof actorOf>[0]) => actorOf(r).jurisdictionId;
  const sessionRow = async (j: string, id: string) => {
    const r = await repo.getSession(db(), j, id);
    if (!r) throw new AppError('NOT_FOUND');
    return r.s;
  };

  app.get(
    '/sessions',
    { ...read, schema: { tags, response: { 200: z.array(sessionSchema) } } },
    async (request) => {
      const rows = await repo.listSessions(db(), jid(request));
      return Promise.all(rows.map((r) => loadSession(db(), jid(request), r.s.id)));
    },
  );
  app.post(
    '/sessions',
    { ...write, schema: { tags, body: sessionInputSchema, response: { 200: sessionSchema } } },
    async (request) => createSession(db(), auditContextOf(request), jid(request), request.body),
  );
  app.get(
    '/sessions/:id',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: sessionSchema } } },
    async (request) => loadSession(db(), jid(request), request.params.id),
  );
  app.patch(
    '/sessions/:id',
    {
      ...write,
      schema: { tags, params: idParamsSchema, body: sessionPatchSchema, response: { 200: sessionSchema } },
    },
    async (request) =>
      updateSession(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );

  // 议程 agenda
  app.get(
    '/sessions/:id/agenda',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: z.array(agendaItemSchema) } } },
    async (request) => {
      await sessionRow(jid(request), request.params.id);
      const { items, docs } = await repo.listAgenda(db(), jid(request), request.params.id);
      return items.map((i) => presentAgendaItem(i, docs));
    },
  );
  app.post(
    '/sessions/:id/agenda',
    {
      ...write,
      schema: {
        tags,
        params: idParamsSchema,
        body: agendaItemInputSchema,
        response: { 200: agendaItemSchema },
      },
    },
    async (request) =>
      addAgendaItem(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.patch(
    '/agenda-items/:id',
    {
      ...write,
      schema: {
        tags,
        params: idParamsSchema,
        body: agendaItemPatchSchema,
        response: { 200: agendaItemSchema },
      },
    },
    async (request) =>
      updateAgendaItem(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.post(
    '/agenda-items/:id/documents',
    {
      ...write,
      schema: {
        tags,
        params: idParamsSchema,
        body: agendaDocumentInputSchema,
        response: { 200: agendaDocumentSchema },
      },
    },
    async (request) =>
      attachDocument(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.get(
    '/agenda-documents/:id/file',
    { ...read, schema: { tags, params: idParamsSchema } },
    async (request, reply) => {
      const d = await repo.getDocument(db(), jid(request), request.params.id);
      if (!d) throw new AppError('NOT_FOUND');
      return reply
        .type(d.mediaType)
        .header('content-disposition', attachment(d.fileName))
        .send(Buffer.from(d.content, 'base64'));
    },
  );

  // 签到 attendance
  app.get(
    '/sessions/:id/quorum',
    { ...read, schema: { tags, params: idParamsSchema, response: { 200: quorumSchema } } },
    async (request) => {
      const s = await sessionRow(jid(request), request.params.id);
      const { profile } = await getProfile(db(), jid(request));
      return quorumOf(db(), jid(request), s, profile);
    },
  );
  app.get(
    '/sessions/:id/attendance',
    { ...manage, schema: { tags, params: idParamsSchema, response: { 200: z.array(attendanceRowSchema) } } },
    async (request) => {
      const s = await sessionRow(jid(request), request.params.id);
      const rows = await repo.attendanceList(db(), jid(request), s);
      return rows.map((r) => ({
        deputyId: r.deputyId,
        name: r.name,
        delegation: r.delegation,
        status: (r.status ?? 'absent') as 'present' | 'on_leave' | 'absent',
        method: (r.method ?? null) as 'self' | 'card' | 'staff' | null,
        recordedAt: r.recordedAt?.toISOString() ?? null,
      }));
    },
  );
  app.post(
    '/sessions/:id/attendance',
    {
      ...manage,
      schema: { tags, params: idParamsSchema, body: staffCheckInSchema, response: { 200: checkInResult } },
    },
    async (request) =>
      staffCheckIn(db(), auditContextOf(request), jid(request), request.params.id, request.body),
  );
  app.post(
    '/sessions/:id/check-in',
    { ...self, schema: { tags, params: idParamsSchema, response: { 200: checkInResult } } },
    async (request) =>
      selfCheckIn(db(), auditContextOf(request), jid(request), request.params.id, actorOf(request).deputyId),
  );
  app.get(
    '/sessions/:id/my-attendance',
    {
      ...self,
      schema: {
        tags,
        params: idParamsSchema,
        response: {
          200: z.object({
            status: z.enum(['present', 'on_leave', 'absent']),
            leave: z.array(leaveRequestSchema),
          }),
        },
      },
    },
    async (request) => {
      await sessionRow(jid(request), request.params.id);
      const deputyId = actorOf(request).deputyId;
      if (!deputyId) throw new AppError('FORBIDDEN');
      const a = await repo.getAttendance(db(), request.params.id, deputyId);
      const leave = await repo.listLeave(db(), jid(request), request.params.id, deputyId);
      return {
        status: (a?.status ?? 'absent') as 'present' | 'on_leave' | 'absent',
        leave: leave.map(presentLeave),
      };
    },
  );

  // 请假 leave
  app.get(
    '/sessions/:id/leave',
    { ...manage, schema: { tags, params: idParamsSchema, response: { 200: z.array(leaveRequestSchema) } } },
    async (request) => {
      await sessionRow(jid(request), request.params.id);
      return (await repo.listLeave(db(), jid(request), request.params.id)).map(presentLeave);
    },
  );
  app.post(
    '/sessions/:id/leave',
    {
      ...self,
      schema: { tags, params: idParamsSchema, body: leaveInputSchema, response: { 200: leaveRequestSchema } },
    },
    async (request) => {
      const row = await requestLeave(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        actorOf(request).deputyId,
        request.body.reason,
      );
      const [r] = (await repo.listLeave(db(), jid(request), request.params.id, row.deputyId)).filter(
        (x) => x.l.id === row.id,
      );
      if (!r) throw new AppError('NOT_FOUND');
      return presentLeave(r);
    },
  );
  app.post(
    '/leave/:id/decision',
    {
      ...manage,
      schema: {
        tags,
        params: idParamsSchema,
        body: leaveDecisionSchema,
        response: { 200: leaveRequestSchema },
      },
    },
    async (request) => {
      const row = await decideLeave(
        db(),
        auditContextOf(request),
        jid(request),
        request.params.id,
        request.body.approve,
      );
      const [r] = (await repo.listLeave(db(), jid(request), row.sessionId, row.deputyId)).filter(
        (x) => x.l.id === row.id,
      );
      if (!r) throw new AppError('NOT_FOUND');
      return presentLeave(r);
    },
  );
};
