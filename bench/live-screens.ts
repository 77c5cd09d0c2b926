/**
 * The hall's screens for `bench:vote`: a child process holding N server-sent-event connections to a
 * session's live feed, as the deputies' phones do, so that reading thousands of frames never stalls the
 * process that times the casts. Talks to bench/vote.ts over IPC:
 *
 * - `connect {port, sessionId, n}` → `connect {seconds}` once every connection has its first frame;
 * - `await-result {voteId}` → `await-result {arrivals}`: for each connection, the epoch time in ms
 *   (`performance.timeOrigin + performance.now()`, the same clock as the parent's) at which the first
 *   frame carrying that vote's result arrived, or `null` after 60 s without all of them;
 * - `cpu-start`, then `cpu-end` → `cpu-end {percent}`: this process's CPU time in between, as a share of
 *   one core;
 * - `stop`.
 */
import http from 'node:http';

const send = (msg: unknown) => process.send?.(msg);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One SSE connection; `until` resolves at the first `state` frame whose lastResult.id is the vote's. */
function openSse(port: number, sessionId: string, agent: http.Agent) {
  let resultAt = 0;
  let wanted = '';
  let onResult: (() => void) | null = null;
  let buf = '';
  let req: http.ClientRequest | null = null;
  const connected = new Promise<void>((resolve, reject) => {
    req = http.request(
      { host: '127.0.0.1', port, method: 'GET', path: `/api/sessions/${sessionId}/live`, agent },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`sse ${res.statusCode}`));
        res.setEncoding('utf8');
        let first = true;
        res.on('data', (chunk: string) => {
          buf += chunk;
          let idx = buf.indexOf('\n\n');
          while (idx >= 0) {
            const frame = buf.slice(0, idx);
            buf = buf.slice(idx + 2);
            idx = buf.indexOf('\n\n');
            if (!frame.startsWith('event: state')) continue;
            if (first) {
              first = false;
              resolve();
            }
            if (wanted && !resultAt) {
              const data = frame.slice(frame.indexOf('data: ') + 6);
              const state = JSON.parse(data) as { lastResult?: { id?: string } | null };
              if (state.lastResult?.id === wanted) {
                resultAt = performance.now();
                onResult?.();
              }
            }
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
  return {
    connected,
    destroy: () => req?.destroy(),
    until(voteId: string): Promise<number> {
      wanted = voteId;
      resultAt = 0;
      return new Promise((resolve) => {
        onResult = () => resolve(resultAt);
      });
    },
  };
}

let cpuMark = { usage: process.cpuUsage(), at: performance.now() };
let conns: ReturnType<typeof openSse>[] = [];
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

process.on(
  'message',
  async (m: { type: string; port?: number; sessionId?: string; n?: number; voteId?: string }) => {
    if (m.type === 'connect') {
      const t0 = performance.now();
      const n = m.n as number;
      for (let i = 0; i < n; i += 200) {
        const batch = Array.from({ length: Math.min(200, n - i) }, () =>
          openSse(m.port as number, m.sessionId as string, agent),
        );
        conns.push(...batch);
        await Promise.all(batch.map((c) => c.connected));
      }
      send({ type: 'connect', seconds: Math.round((performance.now() - t0) / 10) / 100 });
    } else if (m.type === 'cpu-start') {
      cpuMark = { usage: process.cpuUsage(), at: performance.now() };
      send({ type: 'cpu-start' });
    } else if (m.type === 'cpu-end') {
      const d = process.cpuUsage(cpuMark.usage);
      const percent = Math.round(((d.user + d.system) / 1000 / (performance.now() - cpuMark.at)) * 1000) / 10;
      send({ type: 'cpu-end', percent });
    } else if (m.type === 'await-result') {
      const all = await Promise.race([
        Promise.all(conns.map((c) => c.until(m.voteId as string))),
        sleep(60_000).then(() => null),
      ]);
      send({ type: 'await-result', arrivals: all ? all.map((t) => performance.timeOrigin + t) : null });
    } else if (m.type === 'stop') {
      for (const c of conns) c.destroy();
      conns = [];
      agent.destroy();
      process.exit(0);
    }
  },
);
send({ type: 'ready' });
