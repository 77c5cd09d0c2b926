import { DEMO_PASSWORD } from '@renda/server/demo/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from './http-session';
import { type ServerProcess, spawnServer, stopServer } from './spawn-server';
import { throwawayDatabaseEnv } from './throwaway-db';

// Two instances agree only through PostgreSQL LISTEN/NOTIFY: this test needs a real PostgreSQL server
// (the CI's PostgreSQL pass); the embedded database serves one process.
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
const SLOW = 240_000;

interface Frame {
  at: number;
  state: {
    current: { id: string; ballotsReceived: number } | null;
    lastResult: { id: string; passed: boolean | null } | null;
  };
}

/** Reads a server-sent-event stream into frames, until aborted. */
function follow(url: string, frames: Frame[]): AbortController {
  const abort = new AbortController();
  void (async () => {
    const res = await fetch(url, { signal: abort.signal });
    const reader = res.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data) frames.push({ at: Date.now(), state: JSON.parse(data.slice(6)) });
        cut = buffer.indexOf('\n\n');
      }
    }
  })().catch(() => undefined);
  return abort;
}

async function until<T>(find: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = find();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!onPostgres)('two server instances on one PostgreSQL', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    ({ env, cleanup } = await throwawayDatabaseEnv());
    servers.push(await spawnServer(env, [], SLOW)); // seeds the demo county
    servers.push(await spawnServer(env, [], SLOW));
  }, SLOW * 2);
  afterAll(async () => {
    for (const s of servers) await stopServer(s, 'SIGKILL');
    await cleanup();
  });

  it(
    'a vote taken through one instance reaches the live screen of the other within a second',
    async () => {
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const admin = new HttpSession(a.url);
      await admin.login('admin', DEMO_PASSWORD);
      const [term] = (await (await admin.request('GET', '/api/terms')).json()) as { id: string }[];
      const s = await admin.request('POST', '/api/sessions', {
        body: 'congress',
        termId: term?.id,
        number: 5,
        kind: 'regular',
        startDate: '2026-11-23',
        endDate: '2026-11-25',
      });
      const sessionId = ((await s.json()) as { id: string }).id;
      const item = await admin.request('POST', `/api/sessions/${sessionId}/agenda`, {
        kind: 'vote',
        title: '表决议程',
      });
      const itemId = ((await item.json()) as { id: string }).id;
      expect(
        (await admin.request('PATCH', `/api/sessions/${sessionId}`, { status: 'in_progress', version: 1 }))
          .status,
      ).toBe(200);
      const page = (await (
        await admin.request('GET', `/api/deputies?pageSize=200&termId=${term?.id}`)
      ).json()) as {
        items: { id: string }[];
      };
      for (const d of page.items) {
        const r = await admin.request('POST', `/api/sessions/${sessionId}/attendance`, { deputyId: d.id });
        expect(r.status).toBe(200);
      }

      const frames: Frame[] = [];
      const stream = follow(`${b.url}/api/sessions/${sessionId}/live`, frames);
      await until(() => frames[0], 5000);

      const presiding = new HttpSession(a.url);
      await presiding.login('presiding', DEMO_PASSWORD);
      const opened = await presiding.request('POST', `/api/sessions/${sessionId}/votes`, {
        itemId,
        text: '决议草案',
      });
      expect(opened.status).toBe(200);
      const voteId = ((await opened.json()) as { id: string }).id;
      await until(() => frames.find((f) => f.state.current?.id === voteId), 1000);

      const deputy = new HttpSession(a.url);
      await deputy.login('deputy', DEMO_PASSWORD);
      const cast = await deputy.request('POST', `/api/votes/${voteId}/ballots`, { choice: 'yes' });
      expect(cast.status).toBe(200);
      await until(
        () => frames.find((f) => f.state.current?.id === voteId && f.state.current.ballotsReceived === 1),
        1000,
      );

      const closedAt = Date.now();
      expect((await presiding.request('POST', `/api/votes/${voteId}/close`, {})).status).toBe(200);
      const result = await until(() => frames.find((f) => f.state.lastResult?.id === voteId), 1000);
      expect(result.at - closedAt).toBeLessThan(1000);
      expect(result.state.lastResult?.passed).toBe(false); // 1 yes of 180 in office
      stream.abort();
    },
    SLOW,
  );
});
