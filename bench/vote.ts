/**
 * `npm run bench:vote [-- --deputies N] [-- --spread-ms MS] [-- --label NAME]`: a plenary vote at full size.
 *
 * Starts the real server (embedded in-memory database) in a child process, seeds N deputies in office
 * (default 3,000) with one account each, opens N server-sent-event connections to the session's live
 * feed, has every deputy cast one secret ballot spread over 10 s, closes the vote and times the result
 * frame's arrival on every connection. The same cast load pattern is first run against a bare Fastify
 * server as the same-run baseline. Writes bench/results/vote-<date>.json and vote-latest.json.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
};
const N = Math.floor(arg('deputies', 3000));
/** `--label NAME`: also keep this run as vote-<date>-NAME.json */
const labelAt = process.argv.indexOf('--label');
const LABEL = labelAt >= 0 ? (process.argv[labelAt + 1] ?? '').replace(/[^\w.-]/g, '') : '';
const SPREAD_MS = arg('spread-ms', 10_000);

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const setupAgent = new http.Agent({ keepAlive: true, maxSockets: 32 });

function request(
  port: number,
  method: string,
  url: string,
  opts: { headers?: Record<string, string>; body?: unknown; agent?: http.Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const headers: Record<string, string> = { ...opts.headers };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const req = http.request(
      { host: '127.0.0.1', port, method, path: url, headers, agent: opts.agent ?? setupAgent },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/**
 * A browser-like client: the session cookie, then the CSRF cookie and token from GET /api/auth/csrf. Like
 * a deputy's phone, it keeps its own connection open between requests (keep-alive), so a cast does not
 * wait for a connection to be set up.
 */
class Client {
  cookie: string;
  csrf = '';
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  constructor(
    private readonly port: number,
    token: string,
  ) {
    this.cookie = `renda_session=${token}`;
  }
  async init(): Promise<void> {
    const res = await request(this.port, 'GET', '/api/auth/csrf', {
      headers: { cookie: this.cookie },
      agent: this.agent,
    });
    if (res.status !== 200) throw new Error(`csrf: ${res.status} ${res.body}`);
    const set = res.headers['set-cookie'] ?? [];
    for (const c of set) {
      const pair = c.split(';')[0];
      if (pair?.startsWith('renda_csrf=')) this.cookie += `; ${pair}`;
    }
    this.csrf = (JSON.parse(res.body) as { token: string }).token;
  }
  send(method: string, url: string, body?: unknown): Promise<Reply> {
    return request(this.port, method, url, {
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: body ?? (method === 'GET' ? undefined : {}),
      agent: this.agent,
    });
  }
}

function startChild(
  file: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ready: Record<string, unknown> }> {
  const child = fork(path.join(here, file), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
    child.on('message', (m: { type: string }) => {
      if (m.type === 'ready') resolve({ child, ready: m });
    });
  });
}

function ask<T>(child: ChildProcess, type: string, extra: Record<string, unknown> = {}): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type === type) {
        child.off('message', on);
        resolve(m as T);
      }
    };
    child.on('message', on);
    child.send({ type, ...extra });
  });
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function inBatches<T>(items: T[], size: number, fn: (t: T, i: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
}

/** N casts, the i-th sent at i·spread/N ms; returns per-cast latencies and the throughput. */
async function castLoad(cast: (i: number) => Promise<Reply>) {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const start = performance.now();
  let lastEnd = start;
  await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const due = start + (i * SPREAD_MS) / N;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const t0 = performance.now();
      try {
        const res = await cast(i);
        const t1 = performance.now();
        lastEnd = Math.max(lastEnd, t1);
        if (res.status === 200) latencies.push(t1 - t0);
        else failures[`${res.status}`] = (failures[`${res.status}`] ?? 0) + 1;
      } catch (err) {
        const k = (err as Error).message.slice(0, 60);
        failures[k] = (failures[k] ?? 0) + 1;
      }
    }),
  );
  const seconds = (lastEnd - start) / 1000;
  return {
    ok: latencies.length,
    failures,
    p50Ms: round(pct(latencies, 50)),
    p99Ms: round(pct(latencies, 99)),
    maxMs: round(pct(latencies, 100)),
    seconds: round(seconds, 2),
    castsPerSecond: round(latencies.length / seconds),
  };
}

async function main() {
  const started = new Date();
  console.log(`bench:vote — ${N} deputies, casts spread over ${SPREAD_MS} ms, ${os.cpus().length} cores`);

  // 1. Baseline: a bare Fastify POST endpoint under the same cast pattern
  const base = await startChild('baseline-server.ts', {});
  const basePort = base.ready.port as number;
  const baseClients = Array.from({ length: N }, () => new Client(basePort, 'x'));
  await inBatches(baseClients, 32, (c) => c.init());
  const baseline = await castLoad((i) =>
    (baseClients[i] as Client).send('POST', `/api/votes/x/ballots`, {
      choice: ['yes', 'no', 'abstain'][i % 3],
    }),
  );
  const baseRss = await ask<{ peakRss: number }>(base.child, 'rss');
  base.child.removeAllListeners('exit');
  base.child.send({ type: 'stop' });
  for (const c of baseClients) c.agent.destroy();
  console.log('baseline', baseline);

  // 2. The real server
  const t0 = performance.now();
  const srv = await startChild('vote-server.ts', { BENCH_DEPUTIES: String(N) });
  const r = srv.ready as {
    port: number;
    termId: string;
    adminToken: string;
    presidingToken: string;
    deputyTokens: string[];
    seedMs: number;
  };
  console.log(`server up and seeded in ${round((performance.now() - t0) / 1000)} s`);
  const port = r.port;
  const admin = new Client(port, r.adminToken);
  const presiding = new Client(port, r.presidingToken);
  await admin.init();
  await presiding.init();
  const s = await admin.send('POST', '/api/sessions', {
    body: 'congress',
    termId: r.termId,
    number: 3,
    kind: 'regular',
    startDate: '2026-11-20',
    endDate: '2026-11-23',
    venue: '县人民会堂',
  });
  if (s.status !== 200) throw new Error(`session: ${s.body}`);
  const sessionId = (JSON.parse(s.body) as { id: string }).id;
  const item = await admin.send('POST', `/api/sessions/${sessionId}/agenda`, {
    kind: 'vote',
    title: '关于县人民政府工作报告的决议',
  });
  const itemId = (JSON.parse(item.body) as { id: string }).id;
  const st = await admin.send('PATCH', `/api/sessions/${sessionId}`, { status: 'in_progress', version: 1 });
  if (st.status !== 200) throw new Error(`start: ${st.body}`);
  await ask(srv.child, 'attend', { sessionId });

  const deputies = r.deputyTokens.map((t) => new Client(port, t));
  const tCsrf = performance.now();
  await inBatches(deputies, 32, (d) => d.init());
  console.log(`${N} CSRF tokens fetched in ${round((performance.now() - tCsrf) / 1000)} s`);

  // 3. N live connections, held by a separate process: in the hall every phone reads its own feed, so
  // the thousands of frames a refresh sends must not hold up the event loop that times the casts
  await ask(srv.child, 'reset-peak');
  const screens = await startChild('live-screens.ts', {});
  const { seconds: sseConnectSeconds } = await ask<{ seconds: number }>(screens.child, 'connect', {
    port,
    sessionId,
    n: N,
  });
  console.log(`${N} live connections open in ${sseConnectSeconds} s`);

  // 4. A vote: open it, every deputy casts once, close it and time the result frame on every connection
  const runVote = async (voteItemId: string, text: string, profile: boolean) => {
    const opened = await presiding.send('POST', `/api/sessions/${sessionId}/votes`, {
      itemId: voteItemId,
      text,
    });
    if (opened.status !== 200) throw new Error(`open: ${opened.body}`);
    const voteId = (JSON.parse(opened.body) as { id: string }).id;
    // BENCH_CPU_PROF=<folder>: a V8 CPU profile of the server while the ballots are cast (Chrome DevTools)
    const cpuProfile = profile ? process.env.BENCH_CPU_PROF : undefined;
    if (cpuProfile) await ask(srv.child, 'profile-start');
    await ask(srv.child, 'casts-start');
    await ask(screens.child, 'cpu-start');
    const clientCpu = { usage: process.cpuUsage(), at: performance.now() };
    const casts = await castLoad((i) =>
      (deputies[i] as Client).send('POST', `/api/votes/${voteId}/ballots`, {
        choice: ['yes', 'yes', 'no', 'abstain'][i % 4],
      }),
    );
    const serverSide = await ask<Record<string, number | null>>(srv.child, 'casts-end');
    const used = process.cpuUsage(clientCpu.usage);
    const cpuPercent = {
      server: serverSide.cpuPercent,
      screens: (await ask<{ percent: number }>(screens.child, 'cpu-end')).percent,
      castClient: round(((used.user + used.system) / 1000 / (performance.now() - clientCpu.at)) * 100),
    };
    if (cpuProfile) await ask(srv.child, 'profile-stop', { dir: path.resolve(cpuProfile) });
    const { type: _t, ...castServer } = serverSide;
    console.log('casts', casts, 'server side', castServer, 'CPU while casting, % of one core', cpuPercent);

    const arrivals = ask<{ arrivals: number[] | null }>(screens.child, 'await-result', { voteId });
    // both processes read the same clock: the moment of closing as an epoch time in milliseconds
    const tClose = performance.now();
    const tCloseEpoch = performance.timeOrigin + tClose;
    const closed = await presiding.send('POST', `/api/votes/${voteId}/close`);
    const closeResponseMs = round(performance.now() - tClose);
    if (closed.status !== 200) throw new Error(`close: ${closed.body}`);
    const result = (JSON.parse(closed.body) as { result?: unknown }).result;
    const { arrivals: at } = await arrivals;
    const delays = at ? at.map((t) => t - tCloseEpoch) : [];
    return { casts, castServer, cpuPercent, closeResponseMs, result, delays };
  };

  // 5. The trial vote (试表决) with which a session checks its voting devices before the first real
  // vote; its figures are those of a server that has just started (code not yet optimised) and are kept
  // apart. Then the measured vote.
  const trialItem = await admin.send('POST', `/api/sessions/${sessionId}/agenda`, {
    kind: 'vote',
    title: '试表决（检查表决器）',
  });
  const trialItemId = (JSON.parse(trialItem.body) as { id: string }).id;
  console.log('trial vote (试表决)');
  const trial = await runVote(trialItemId, '试表决', false);
  console.log('the measured vote');
  const { casts, castServer, cpuPercent, closeResponseMs, result, delays } = await runVote(
    itemId,
    '决议草案全文',
    true,
  );
  const rss = await ask<{ rss: number; peakRss: number }>(srv.child, 'rss');
  screens.child.removeAllListeners('exit');
  screens.child.send({ type: 'stop' });
  for (const d of deputies) d.agent.destroy();
  setupAgent.destroy();
  srv.child.removeAllListeners('exit');
  srv.child.send({ type: 'stop' });

  const mb = (b: number) => round(b / 1024 / 1024);
  const figures = {
    castP50Ms: casts.p50Ms,
    castP99Ms: casts.p99Ms,
    castsPerSecond: casts.castsPerSecond,
    resultToAllMaxMs: delays.length ? round(Math.max(...delays)) : null,
    resultToAllP50Ms: delays.length ? round(pct(delays, 50)) : null,
    closeResponseMs,
    serverPeakRssMb: mb(rss.peakRss),
  };
  const targets = {
    castP99Under50Ms: casts.p99Ms < 50,
    resultToAllUnder500Ms: figures.resultToAllMaxMs !== null && figures.resultToAllMaxMs < 500,
    memoryUnder1Gb: rss.peakRss < 1024 ** 3,
    throughputAtLeastHalfBaseline: casts.castsPerSecond >= baseline.castsPerSecond / 2,
  };
  const out = {
    name: 'vote',
    date: started.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version },
    params: {
      deputies: N,
      spreadMs: SPREAD_MS,
      database: 'memory:// (PGlite)',
      sseConnections: N,
      experiment: process.env.BENCH_PGLITE_SQL ?? null,
    },
    figures,
    targets,
    trialVote: {
      casts: trial.casts,
      castServer: trial.castServer,
      resultToAllMaxMs: trial.delays.length ? round(Math.max(...trial.delays)) : null,
    },
    vote: { casts, castServer, cpuPercent, result, sseConnectSeconds, resultFramesReceived: delays.length },
    baseline: { ...baseline, serverPeakRssMb: mb(baseRss.peakRss) },
    notes: [
      'Deputy sign-in sessions are created directly with the platform createSession (what sign-in calls after argon2id verification); CSRF tokens are fetched as the web client does (GET /api/auth/csrf, header x-csrf-token).',
      'Attendance is inserted directly for setup; the session, agenda item, session start, vote opening and closing go through the API.',
      'Casts are open-loop: the i-th is sent at i*spread/N ms, so throughput is bounded by the offered load (N / spread) for both the server and the baseline.',
      'Server peak RSS is sampled every 25 ms in the server process from before the live connections open until after the result frames arrive.',
      'Shared, noisy machine: quote same-run comparisons only.',
    ],
  };
  const dir = path.join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(out, null, 2)}\n`;
  const day = started.toISOString().slice(0, 10);
  if (process.env.BENCH_PGLITE_SQL) {
    // an experiment is kept apart from the product's figures
    writeFileSync(path.join(dir, `vote-${day}-experiment${LABEL ? `-${LABEL}` : ''}.json`), text);
  } else {
    writeFileSync(path.join(dir, `vote-${day}.json`), text);
    writeFileSync(path.join(dir, 'vote-latest.json'), text);
    if (LABEL) writeFileSync(path.join(dir, `vote-${day}-${LABEL}.json`), text);
  }

  const row = (metric: string, value: unknown, target: string, pass?: boolean) => ({
    metric,
    value,
    target,
    pass: pass === undefined ? '' : pass ? 'yes' : 'NO',
  });
  console.table([
    row('cast p50 (ms)', casts.p50Ms, `baseline ${baseline.p50Ms}`),
    row('cast p99 (ms)', casts.p99Ms, '< 50', targets.castP99Under50Ms),
    row(
      'casts/s',
      casts.castsPerSecond,
      `≥ ${round(baseline.castsPerSecond / 2)}`,
      targets.throughputAtLeastHalfBaseline,
    ),
    row('baseline p99 (ms)', baseline.p99Ms, ''),
    row(`result to all ${N}: max (ms)`, figures.resultToAllMaxMs, '< 500', targets.resultToAllUnder500Ms),
    row(`result to all ${N}: p50 (ms)`, figures.resultToAllP50Ms, ''),
    row('server peak RSS (MB)', figures.serverPeakRssMb, '< 1024', targets.memoryUnder1Gb),
  ]);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
