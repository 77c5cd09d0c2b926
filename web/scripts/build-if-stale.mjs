#!/usr/bin/env node
// Builds the web app with Vite only when web/dist is missing or older than its sources.
// Plain Node, no dependencies; works from any working directory.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const distIndex = path.join(root, 'web', 'dist', 'index.html');
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'shared/src'].map((p) =>
  path.join(root, p),
);

/** The newest modification time under a file or directory (test files excluded). */
function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return /\.test\.[cm]?[jt]sx?$/.test(p) ? 0 : st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

const builtAt = existsSync(distIndex) ? statSync(distIndex).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map(newest));

if (builtAt > 0 && builtAt >= sourcesAt) {
  console.log('web: web/dist is up to date');
  process.exit(0);
}

const started = Date.now();
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const r = spawnSync(process.execPath, [vite, 'build', '--config', path.join('web', 'vite.config.ts')], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NODE_ENV: 'production' },
});
if (r.status !== 0) {
  process.stderr.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  console.error(`web: build failed${r.error ? ` (${r.error.message})` : ''}`);
  process.exit(r.status ?? 1);
}
console.log(`web: built web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
