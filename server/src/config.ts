import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine((v) => v === '' || /^(postgres(ql)?:\/\/|memory:?\/?\/?$|file:\/\/)/.test(v), {
      message: 'must be a postgres:// URL, memory:// or file://',
    })
    .optional(),
  RENDA_DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  RENDA_TRUST_PROXY: bool.default(false),
  RENDA_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto'),
  RENDA_SESSION_HOURS: int(1, 24 * 30).default(12),
  RENDA_LOGIN_MAX_FAILURES: int(1, 100).default(5),
  RENDA_LOCKOUT_MINUTES: int(1, 24 * 60).default(15),
  RENDA_LOGIN_IP_LIMIT: int(1, 10_000).default(30),
  RENDA_WEB_DIST: z.string().optional(),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  env: 'development' | 'production' | 'test';
  trustProxy: boolean;
  secureCookies: 'auto' | 'always' | 'never';
  sessionHours: number;
  login: { maxFailures: number; lockoutMinutes: number; ipLimitPerWindow: number; windowMinutes: number };
  webDist: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse the environment once; every bad variable is listed, then the caller exits. */
export function getConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const r = envSchema.safeParse(picked);
  if (!r.success) {
    throw new ConfigError(
      r.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(picked[String(i.path[0])])})`,
      ),
    );
  }
  const e = r.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.RENDA_DATA_DIR),
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    env: e.NODE_ENV,
    trustProxy: e.RENDA_TRUST_PROXY,
    secureCookies: e.RENDA_SECURE_COOKIES,
    sessionHours: e.RENDA_SESSION_HOURS,
    login: {
      maxFailures: e.RENDA_LOGIN_MAX_FAILURES,
      lockoutMinutes: e.RENDA_LOCKOUT_MINUTES,
      ipLimitPerWindow: e.RENDA_LOGIN_IP_LIMIT,
      windowMinutes: 15,
    },
    webDist: e.RENDA_WEB_DIST,
    ...overrides,
  };
}
