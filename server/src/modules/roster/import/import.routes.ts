import { importFileSchema, importPreviewSchema, importResultSchema } from '@renda/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf } from '../../../platform/http/context';
import { attachment } from '../../../platform/http/download';
import { IMPORT_KINDS } from './check-import';
import { commitImport } from './commit-import';
import { previewImport } from './preview-import';
import { importTemplate } from './templates';

export const IMPORT_BODY_LIMIT = 15 * 1024 * 1024;

const kindParams = z.object({ kind: z.enum(IMPORT_KINDS) }).strict();
const templateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict();
const fileBody = importFileSchema;

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so Chinese file names survive every browser. */

const fileOf = (body: z.infer<typeof fileBody>) => ({
  filename: body.filename,
  bytes: new Uint8Array(Buffer.from(body.contentBase64, 'base64')),
});

/** 导入: templates, a dry run that lists every row error, and the all-or-nothing import. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { ability: 'roster.import' as const };
  const db = () => app.deps.database.db;

  app.get(
    '/template/:kind',
    { config, schema: { tags: ['import'], params: kindParams, querystring: templateQuery } },
    async (request, reply) => {
      const { kind } = request.params;
      const t = await importTemplate(kind, request.query.format);
      return reply
        .header('content-disposition', attachment(t.filename, `${kind}-template.${request.query.format}`))
        .type(t.contentType)
        .send(t.body);
    },
  );

  app.post(
    '/:kind/preview',
    {
      config,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['import'],
        params: kindParams,
        body: fileBody,
        response: { 200: importPreviewSchema },
      },
    },
    async (request) =>
      previewImport(db(), actorOf(request).jurisdictionId, request.params.kind, fileOf(request.body)),
  );

  app.post(
    '/:kind/commit',
    {
      config,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: { tags: ['import'], params: kindParams, body: fileBody, response: { 200: importResultSchema } },
    },
    async (request) =>
      commitImport(
        db(),
        auditContextOf(request),
        actorOf(request).jurisdictionId,
        request.params.kind,
        fileOf(request.body),
      ),
  );
};
