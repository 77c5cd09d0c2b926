/**
 * The real Renda server for `bench:vote`, run as a child process so its memory is its own: builds the app
 * over the embedded in-memory database, seeds a county with N deputies in office and one deputy account
 * each (bench/seed.ts), listens on an ephemeral port and talks to the load generator over IPC.
 *
 * Sign-in sessions are created with the platform's `createSession` (what sign-in calls after checking the
 * password), because 3,000 argon2id verifications would take minutes and measure nothing about voting.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { buildApp } from '@renda/server/app';
import { getConfig } from '@renda/server/config';
import { openDatabase } from '@renda/server/platform/db/database';
import { sql } from 'drizzle-orm';
import { attendAll, seedCounty } from './seed';
import { timeSql } from './sql-timing';

const n = Number(process.env.BENCH_DEPUTIES ?? 3000);
const send = (msg: unknown) => process.send?.(msg);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 25);
sampler.unref();

const config = getConfig({ DATABASE_URL: 'memory://', LOG_LEVEL: 'silent', NODE_ENV: 'production' });
const database = await openDatabase('memory://', config.dataDir);
// BENCH_PGLITE_SQL="set …": an experiment, a setting applied to the embedded database before the app
// starts (recorded in the results); the product's own settings are those of openDatabase
if (process.env.BENCH_PGLITE_SQL) await database.rows(sql.raw(process.env.BENCH_PGLITE_SQL));
const app = await buildApp(config, { database, closeDatabase: true, logger: false });
// BENCH_SQL=1: time every statement while the ballots are cast (printed per cast)
const timing = process.env.BENCH_SQL ? timeSql(database) : null;

// Server-side time of each cast, from the request's arrival to the response's end, and the event loop's
// delay meanwhile: what the generator's figures owe to the server rather than to the sockets.
const castMs: number[] = [];
/** The process's CPU time (all its threads) over the casts, as a share of one core. */
let cpuMark = { usage: process.cpuUsage(), at: performance.now() };
const cpuPercentSince = (m: typeof cpuMark) => {
  const d = process.cpuUsage(m.usage);
  return Math.round(((d.user + d.system) / 1000 / (performance.now() - m.at)) * 1000) / 10;
};
const timeline: [number, number][] = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
const gc = { count: 0, ms: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count += 1;
    gc.ms += e.duration;
    gc.maxMs = Math.max(gc.maxMs, e.duration);
  }
}).observe({ entryTypes: ['gc'] });
app.addHook('onResponse', async (request, reply) => {
  if (request.method === 'POST' && request.url.endsWith('/ballots')) {
    castMs.push(reply.elapsedTime);
    if (process.env.BENCH_TIMELINE) timeline.push([performance.now() - reply.elapsedTime, reply.elapsedTime]);
  }
});
await app.ready();

const seedStart = performance.now();
const county = await seedCounty(database.db, n);
const seedMs = performance.now() - seedStart;

await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
send({
  type: 'ready',
  port,
  termId: county.termId,
  adminToken: county.adminToken,
  presidingToken: county.presidingToken,
  deputyTokens: county.deputyTokens,
  seedMs,
});

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? Math.round(10 * (s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] as number)) / 10
    : null;
};
let inspector: Session | null = null;

process.on('message', async (msg: { type: string; sessionId?: string; dir?: string }) => {
  if (msg.type === 'rss') {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    send({ type: 'rss', rss: process.memoryUsage().rss, peakRss });
  } else if (msg.type === 'reset-peak') {
    peakRss = process.memoryUsage().rss;
    send({ type: 'reset-peak', rss: peakRss });
  } else if (msg.type === 'attend' && msg.sessionId) {
    await attendAll(database.db, county, msg.sessionId);
    send({ type: 'attend' });
  } else if (msg.type === 'casts-start') {
    castMs.length = 0;
    cpuMark = { usage: process.cpuUsage(), at: performance.now() };
    Object.assign(gc, { count: 0, ms: 0, maxMs: 0 });
    loop.reset();
    loop.enable();
    if (timing) timing.recording = true;
    send({ type: 'casts-start' });
  } else if (msg.type === 'casts-end') {
    loop.disable();
    if (process.env.BENCH_TIMELINE && timeline.length) {
      const t0 = timeline[0]?.[0] ?? 0;
      const buckets = new Map<number, number[]>();
      for (const [at, ms] of timeline) {
        const b = Math.floor((at - t0) / 250);
        buckets.set(b, [...(buckets.get(b) ?? []), ms]);
      }
      for (const [b, xs] of buckets)
        console.log(
          `${String(b * 250).padStart(6)} ms: ${String(xs.length).padStart(3)} casts, max ${Math.max(...xs).toFixed(0)} ms`,
        );
    }
    if (timing) {
      timing.recording = false;
      console.log(`statements while casting, per cast (${castMs.length} casts):`);
      for (const line of timing.report(castMs.length)) console.log(line);
    }
    send({
      type: 'casts-end',
      serverCastP50Ms: pct(castMs, 0.5),
      serverCastP99Ms: pct(castMs, 0.99),
      eventLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
      eventLoopDelayMaxMs: Math.round(loop.max / 1e5) / 10,
      cpuPercent: cpuPercentSince(cpuMark),
      gcPauses: gc.count,
      gcMs: Math.round(gc.ms),
      gcMaxMs: Math.round(gc.maxMs * 10) / 10,
      memoryMb: Object.fromEntries(
        Object.entries(process.memoryUsage()).map(([k, v]) => [k, Math.round(v / 1024 / 1024)]),
      ),
    });
  } else if (msg.type === 'profile-start') {
    inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
    send({ type: 'profile-start' });
  } else if (msg.type === 'profile-stop' && inspector && msg.dir) {
    const { profile } = await inspector.post('Profiler.stop');
    const file = path.join(msg.dir, `vote-server-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    inspector.disconnect();
    send({ type: 'profile-stop', file });
  } else if (msg.type === 'stop') {
    await app.close();
    process.exit(0);
  }
});
