import { describe, expect, it } from 'vitest';
import { ConfigError, getConfig } from './config';

describe('getConfig', () => {
  it('has working defaults for the embedded database', () => {
    const c = getConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(3000);
    expect(c.login.maxFailures).toBe(5);
    expect(c.secureCookies).toBe('auto');
  });
  it('lists every bad variable at once', () => {
    try {
      getConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('LOG_LEVEL');
    }
  });
  it('accepts postgres and memory URLs', () => {
    expect(getConfig({ DATABASE_URL: 'postgres://u@h/db' }).databaseUrl).toBe('postgres://u@h/db');
    expect(getConfig({ DATABASE_URL: 'memory://' }).databaseUrl).toBe('memory://');
  });
});
