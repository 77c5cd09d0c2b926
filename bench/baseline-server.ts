/**
 * The baseline for `bench:vote`: a bare Fastify server with one POST endpoint that parses the JSON body
 * and answers, under the same cast load pattern from the same generator.
 */
import Fastify from 'fastify';

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 25);
sampler.unref();

const app = Fastify({ logger: false });
let count = 0;
// what a client fetches first, as from the real server: it opens the client's connection
app.get('/api/auth/csrf', async () => ({ token: 'baseline' }));
app.post('/api/votes/:id/ballots', async (request) => {
  const body = request.body as { choice?: string };
  count++;
  return { ok: true, choice: body.choice ?? null, n: count };
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.send?.({ type: 'ready', port });

process.on('message', async (msg: { type: string }) => {
  if (msg.type === 'rss') process.send?.({ type: 'rss', rss: process.memoryUsage().rss, peakRss });
  else if (msg.type === 'stop') {
    await app.close();
    process.exit(0);
  }
});
