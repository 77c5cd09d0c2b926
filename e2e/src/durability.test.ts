import { DEMO_PASSWORD } from '@renda/server/demo/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from './http-session';
import { type ServerProcess, spawnServer, stopServer } from './spawn-server';
import { throwawayDatabaseEnv } from './throwaway-db';

let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ env, cleanup } = await throwawayDatabaseEnv());
});
afterAll(async () => cleanup());

describe('acknowledged writes survive SIGKILL', () => {
  it('finds every acknowledged write after a kill -9 mid-stream and a restart', async () => {
    let server: ServerProcess = await spawnServer(env);
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
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await new Promise((r) => server.child.once('exit', r));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    server = await spawnServer(env);
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
  });
});

describe('graceful shutdown', () => {
  it('exits 0 on SIGTERM and starts again on the same data', async () => {
    const server = await spawnServer(env);
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', migrations: { current: true } });
    expect(await stopServer(server, 'SIGTERM')).toBe(0);
    const again = await spawnServer(env);
    expect(again.output()).not.toContain('Loading demo data');
    await stopServer(again);
  });
});
