import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data';
import { isDemo, isEmpty, seedDemo } from './demo/seed-demo';
import { purgeExpiredSessions } from './platform/auth/sessions';
import { openDatabase, runMigrations } from './platform/db/database';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

const ROLE_LABEL: Record<string, string> = {
  admin: '人大办公室 admin',
  presiding: '主持人 presiding',
  deputy: '人大代表 deputy',
  unit: '承办单位 unit',
  scrutineer: '监票人 scrutineer',
};

/**
 * Opens the database, applies migrations, loads the demo county into an empty database when asked,
 * listens, and prints where to go. SIGTERM / SIGINT close gracefully: in-flight requests finish, then
 * the database closes.
 */
export async function startServer(
  config: Config,
  opts: { demo: boolean; handleSignals?: boolean },
): Promise<RunningServer> {
  const database = await openDatabase(config.databaseUrl, config.dataDir);
  await runMigrations(database);
  await purgeExpiredSessions(database.db);
  const empty = await isEmpty(database);
  if (empty && opts.demo) {
    process.stdout.write('首次启动：正在载入演示数据（云川县人大）… / Loading demo data…\n');
    await seedDemo(database);
  }
  const app = await buildApp(config, { database, closeDatabase: true });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}/`;
  const lines = [``, `  Renda 人大履职平台 is running: ${url}`, `  database: ${database.label}`];
  if (await isDemo(database)) {
    lines.push('', `  演示账户 Demo sign-ins (password 密码: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(12)} ${ROLE_LABEL[a.role]}`);
  } else if (await isEmpty(database)) {
    lines.push(
      '',
      '  The database is empty. Create the jurisdiction and its first administrator with:',
      '    npx renda create-admin --username admin --name "人大办公室" \\',
      '      --jurisdiction-name "某某县人民代表大会" --jurisdiction-code 140000 --level county',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= app.close().then(() => undefined);
    return closing;
  };
  if (opts.handleSignals !== false) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        app.log.info({ signal }, 'shutting down');
        close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  }
  return { app, url, close };
}
