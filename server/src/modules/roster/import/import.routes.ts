import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// placeholder until the import routes land
export const importRoutes: FastifyPluginAsyncZod = async () => {};
