/**
 * `npx tsx bench/text-similarity.ts [--texts N] [--runs R]`: how long the suggestion-similarity machinery
 * (server/src/platform/text) takes at a county's scale and beyond.
 *
 * Generates N (default 5,000) suggestion texts from a fixed seed — the title of one of thirty invented
 * suggestions, a place, and clauses from two of them, ~80 characters — plus the same count of long ones
 * (~600 characters, a suggestion's full body). Times jieba's start-up once, then R runs (default 5) of:
 * tokenizing all texts, building the TF-IDF index, the first query after a build (which recomputes the
 * vector lengths), warm queries, an add followed by a query, building the unit router and ranking units.
 * Prints medians; writes nothing.
 */
import { performance } from 'node:perf_hooks';
import { UnitRouter } from '@renda/server/platform/text/rank-units';
import { PAST_SUGGESTIONS } from '@renda/server/platform/text/suggestions.fixtures';
import { TfIdfIndex } from '@renda/server/platform/text/tfidf-index';
import { tokenize } from '@renda/server/platform/text/tokenize';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return Math.floor(v);
};
const N = arg('texts', 5000);
const RUNS = arg('runs', 5);
const QUERIES = 200;

/** mulberry32: the same texts on every run and machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20261123);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const PLACES = [
  '城关镇',
  '东河乡',
  '西山镇',
  '南坪乡',
  '北塘镇',
  '青石乡',
  '柳溪镇',
  '云岭乡',
  '城区',
  '工业园区',
];
const EXTRA = [
  '群众反映强烈',
  '建议县政府统筹资金',
  '建议明确责任单位和完成时限',
  '建议纳入明年民生实事',
  '相关部门答复后仍未落实',
  '此问题已连续三年提出',
  '建议开展专项调研',
  '建议借鉴周边县市经验',
];
const split = (text: string) => {
  const [title = '', body = ''] = text.split('：');
  return {
    topic: title.replace(/^关于/, '').replace(/的建议$/, ''),
    clauses: body.split(/[，。、]/).filter(Boolean),
  };
};
const SEEDS = PAST_SUGGESTIONS.map((s) => ({ ...s, ...split(s.text) }));

function generate(i: number, long: boolean) {
  const a = pick(SEEDS);
  const b = pick(SEEDS);
  const parts = [...a.clauses, pick(b.clauses)];
  if (long) for (let n = 0; n < 24; n++) parts.push(pick(pick(SEEDS).clauses), pick(EXTRA));
  else parts.push(pick(EXTRA));
  return {
    id: `s-${String(i).padStart(5, '0')}`,
    text: `关于${pick(PLACES)}${a.topic}的建议：${parts.join('，')}。`,
    unitIds: rnd() < 0.2 ? [...a.unitIds, ...b.unitIds.filter((u) => !a.unitIds.includes(u))] : a.unitIds,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3));

const coldStart = time(() => tokenize('关于加快老旧小区改造的建议'));
console.log(`node ${process.version}, ${N} texts per corpus, ${RUNS} runs, ${QUERIES} queries per run`);
console.log(`jieba start-up (dictionary load, first call): ${ms(coldStart)} ms\n`);

for (const long of [false, true]) {
  const corpus = Array.from({ length: N }, (_, i) => generate(i, long));
  const queries = Array.from({ length: QUERIES }, (_, i) => generate(N + i, long).text);
  const chars = corpus.reduce((s, d) => s + d.text.length, 0);
  const r = {
    tokenize: [] as number[],
    build: [] as number[],
    firstQuery: [] as number[],
    query: [] as number[],
    addThenQuery: [] as number[],
    routerBuild: [] as number[],
    rank: [] as number[],
  };
  for (let run = 0; run < RUNS; run++) {
    r.tokenize.push(
      time(() => {
        for (const d of corpus) tokenize(d.text);
      }),
    );
    let index = new TfIdfIndex();
    r.build.push(
      time(() => {
        index = TfIdfIndex.build(corpus);
      }),
    );
    r.firstQuery.push(time(() => index.query(queries[0]!, 5)));
    const each: number[] = [];
    for (const q of queries) each.push(time(() => index.query(q, 5)));
    r.query.push(median(each));
    const adds: number[] = [];
    for (let n = 0; n < 20; n++) {
      const q = queries[n]!;
      adds.push(
        time(() => {
          index.add({ id: `new-${n}`, text: q });
          index.query(q, 5, { excludeId: `new-${n}` });
        }),
      );
    }
    r.addThenQuery.push(median(adds));
    let router = new UnitRouter([]);
    r.routerBuild.push(
      time(() => {
        router = new UnitRouter(corpus);
      }),
    );
    const ranks: number[] = [];
    for (const q of queries) ranks.push(time(() => router.rank(q, 10)));
    r.rank.push(median(ranks));
  }
  console.log(
    `${long ? 'long' : 'short'} texts: ${N} × ~${Math.round(chars / N)} characters (${(chars / 1e6).toFixed(2)} M characters)`,
  );
  const rows: [string, number[]][] = [
    ['tokenize all texts', r.tokenize],
    ['build TF-IDF index (incl. tokenize)', r.build],
    ['first query after build (recomputes lengths)', r.firstQuery],
    ['query, k = 5 (median of per-query medians)', r.query],
    ['add one text, then query', r.addThenQuery],
    ['build UnitRouter over all texts', r.routerBuild],
    ['rankUnits, k = 10', r.rank],
  ];
  for (const [name, xs] of rows)
    console.log(`  ${name.padEnd(48)} ${ms(median(xs)).padStart(8)} ms   (runs: ${xs.map(ms).join(', ')})`);
  console.log('');
}
