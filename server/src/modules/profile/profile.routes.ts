import { type JurisdictionLevel, nationalDefaults, ruleProfileSchema } from '@renda/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf } from '../../platform/http/context';
import { getProfile } from './get-profile';
import { currentProfileRow, listVersions } from './profile.repository';
import { updateProfile } from './update-profile';

const profileResponse = z.object({
  version: z.number().int(),
  level: z.string(),
  profile: ruleProfileSchema,
  updatedAt: z.string(),
});
const putBody = z
  .object({
    baseVersion: z.number().int().min(1),
    note: z.string().trim().min(1).max(500),
    profile: z.unknown(),
  })
  .strict();

export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const present = (p: Awaited<ReturnType<typeof getProfile>>) => ({
    version: p.version,
    level: p.profile.level,
    profile: p.profile,
    updatedAt: p.updatedAt.toISOString(),
  });
  app.get(
    '/',
    {
      config: { ability: 'profile.read' },
      schema: { tags: ['profile'], response: { 200: profileResponse } },
    },
    async (request) => present(await getProfile(db(), actorOf(request).jurisdictionId)),
  );
  app.get(
    '/versions',
    {
      config: { ability: 'profile.read' },
      schema: {
        tags: ['profile'],
        response: {
          200: z.array(
            z.object({
              version: z.number().int(),
              note: z.string().nullable(),
              createdAt: z.string(),
              createdBy: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) =>
      (await listVersions(db(), actorOf(request).jurisdictionId)).map((v) => ({
        ...v,
        createdAt: v.createdAt.toISOString(),
      })),
  );
  app.get(
    '/defaults',
    {
      config: { ability: 'profile.read' },
      schema: { tags: ['profile'], response: { 200: ruleProfileSchema } },
    },
    async (request) => {
      const r = await currentProfileRow(db(), actorOf(request).jurisdictionId);
      return nationalDefaults((r?.jurisdiction.level ?? 'county') as JurisdictionLevel);
    },
  );
  app.put(
    '/',
    {
      config: { ability: 'profile.write' },
      schema: { tags: ['profile'], body: putBody, response: { 200: profileResponse } },
    },
    async (request) =>
      present(await updateProfile(db(), auditContextOf(request), actorOf(request), request.body)),
  );
};
