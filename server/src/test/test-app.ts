import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { type Config, getConfig } from '../config';
import type { Database } from '../platform/db/database';
import { type Fixture, seedFixture } from './fixture';
import { openTestDatabase } from './test-db';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  fixture: Fixture;
  close(): Promise<void>;
}

/** The real app over a fresh database with the small fixture loaded. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const fixture = await seedFixture(database);
  const config = getConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' }, overrides);
  const app = await buildApp(config, { database, closeDatabase: false, logger: false });
  await app.ready();
  return {
    app,
    database,
    fixture,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
