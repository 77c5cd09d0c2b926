import { DEMO_PASSWORD } from '@renda/server/demo/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from './http-session';
import { type ServerProcess, spawnServer, stopServer } from './spawn-server';
import { throwawayDatabaseEnv } from './throwaway-db';

// starting a server seeds the demo county first: allow for a busy machine
const SLOW = 240_000;

let env: Record<string, string>;
let cleanup: () => Promise<void>;
const started: ServerProcess[] = [];
const start = async () => {
  const s = await spawnServer(env, [], SLOW);
  started.push(s);
  return s;
};
beforeAll(async () => {
  ({ env, cleanup } = await throwawayDatabaseEnv());
});
afterAll(async () => {
  for (const s of started) await stopServer(s, 'SIGKILL');
  await cleanup();
});

describe('acknowledged writes survive SIGKILL', () => {
  it(
    'finds every acknowledged write after a kill -9 mid-stream and a restart',
    async () => {
      let server: ServerProcess = await start();
      const s = new HttpSession(server.url);
      await s.login('admin', DEMO_PASSWORD);
      const acknowledged: string[] = [];
      let stop = false;
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const name = `断电测试单位-${w}-${i}`;
          try {
            const res = await s.request('POST', '/api/units', { name, kind: 'other' });
            if (res.status === 200) acknowledged.push(name);
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
      const killed = stopServer(server, 'SIGKILL');
      stop = true;
      await Promise.all(writers);
      await killed;
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);

      server = await start();
      try {
        const again = new HttpSession(server.url);
        await again.login('admin', DEMO_PASSWORD);
        const res = await again.request(
          'GET',
          `/api/units?pageSize=200&q=${encodeURIComponent('断电测试单位')}`,
        );
        const found = new Set(((await res.json()) as { items: { name: string }[] }).items.map((u) => u.name));
        expect(acknowledged.filter((n) => !found.has(n))).toEqual([]);
        const verify = await (await again.request('GET', '/api/audit/verify')).json();
        expect(verify).toMatchObject({ ok: true });
      } finally {
        await stopServer(server);
      }
    },
    SLOW,
  );
});

describe('graceful shutdown', () => {
  it(
    'exits 0 on SIGTERM and starts again on the same data',
    async () => {
      const server = await start();
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', migrations: { current: true } });
      expect(await stopServer(server, 'SIGTERM')).toBe(0);
      const again = await start();
      expect(again.output()).not.toContain('Loading demo data');
      await stopServer(again);
    },
    SLOW,
  );
});
