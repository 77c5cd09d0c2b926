import { accountInputSchema, accountSchema, idParamsSchema, initialPasswordSchema } from '@renda/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf } from '../../platform/http/context';
import { presentAccount } from './accounts.presenter';
import * as repo from './accounts.repository';
import { createAccount } from './create-account';
import { resetPassword } from './reset-password';
import { updateAccount } from './update-account';

const patchSchema = z
  .object({ displayName: z.string().trim().min(1).max(100).optional(), disabled: z.boolean().optional() })
  .strict();

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/',
    {
      config: { ability: 'accounts.read' },
      schema: { tags: ['accounts'], response: { 200: z.array(accountSchema) } },
    },
    async (request) => (await repo.listAccounts(db(), actorOf(request).jurisdictionId)).map(presentAccount),
  );
  app.post(
    '/',
    {
      config: { ability: 'accounts.write' },
      schema: { tags: ['accounts'], body: accountInputSchema, response: { 200: initialPasswordSchema } },
    },
    async (request) =>
      createAccount(db(), auditContextOf(request), actorOf(request).jurisdictionId, request.body),
  );
  app.post(
    '/:id/reset-password',
    {
      config: { ability: 'accounts.write' },
      schema: { tags: ['accounts'], params: idParamsSchema, response: { 200: initialPasswordSchema } },
    },
    async (request) =>
      resetPassword(db(), auditContextOf(request), actorOf(request).jurisdictionId, request.params.id),
  );
  app.patch(
    '/:id',
    {
      config: { ability: 'accounts.write' },
      schema: {
        tags: ['accounts'],
        params: idParamsSchema,
        body: patchSchema,
        response: { 200: accountSchema },
      },
    },
    async (request) =>
      updateAccount(db(), auditContextOf(request), actorOf(request), request.params.id, request.body),
  );
};
