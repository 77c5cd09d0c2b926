import { auditEntrySchema, auditQuerySchema, auditVerifySchema, pageOf } from '@renda/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hashedFieldsOf, verifyAuditTrail } from '../../platform/audit/audit';
import { actorOf } from '../../platform/http/context';
import { listAudit } from './audit.repository';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      config: { ability: 'audit.read' },
      schema: { tags: ['audit'], querystring: auditQuerySchema, response: { 200: pageOf(auditEntrySchema) } },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await listAudit(
        app.deps.database.db,
        {
          jurisdictionId: actorOf(request).jurisdictionId,
          action: q.action,
          subjectType: q.subjectType,
          actorId: q.actorId,
          from: q.from,
          to: q.to,
        },
        q.page,
        q.pageSize,
      );
      return {
        items: rows.map((r) => ({ ...hashedFieldsOf(r), id: r.id, hash: r.hash })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
  app.get(
    '/verify',
    { config: { ability: 'audit.read' }, schema: { tags: ['audit'], response: { 200: auditVerifySchema } } },
    async () => verifyAuditTrail(app.deps.database.db),
  );
};
