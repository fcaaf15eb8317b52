// `npm run bench:search [count]`: search speed over `count` (default 100,000)
// generated published articles in a throwaway database. Prints p50/p95 of
// the database time (lib/search, as the page calls it) and of the whole
// /tim-kiem page on a production server, and the EXPLAIN of a typical query.
// The throwaway database is created on BENCH_DATABASE_URL's server (else
// TEST_DATABASE_URL's, else DATABASE_URL's) and dropped after; with none
// set, an in-memory embedded PostgreSQL. BENCH_SEARCH_REUSE_URL names a
// database a previous run filled (kept with BENCH_SEARCH_KEEP=1): it is
// measured as it is, neither generated nor dropped. A benchmark, not a
// test: it fails nothing. Loopback traffic only.
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { freePort } from '../lib/db/embedded';
import { applyMigrations } from '../lib/db/migrate';
import { authSecret } from './lib/secret';
import { ensureBuild } from './lib/build';
import { prepareDatabase } from './lib/database';
import { startNext, waitForHttp } from './lib/next-server';
import { generateArticles } from './lib/search-bench-data';

const COUNT = Number(process.argv[2] ?? 100_000);
const ROUNDS = 10;
const log = (line: string) => console.log(`[bench:search] ${line}`);

/** What citizens type: common and rare words, with and without diacritics, phrases, filters. */
const QUERIES: Record<string, string>[] = [
  { q: 'đầu tư' },
  { q: 'dau tu' },
  { q: 'Đầu Tư công' },
  { q: 'chính sách' },
  { q: 'chuyen doi so' },
  { q: '"nền tảng số"' },
  { q: 'bán dẫn' },
  { q: 'kiem toan' },
  { q: 'Sóc Trăng' },
  { q: 'lãng phí tiêu cực' },
  { q: 'giải ngân', 'sap-xep': 'moi-nhat' },
  { q: 'hạ tầng', 'chuyen-muc': 'chuyen-muc-3' },
  { q: 'metro', trang: '2' },
  { q: 'điện gió', tu: '01/01/2025', den: '31/12/2026' },
  { q: 'không có từ này xyzzy' },
  { q: 'của và các' },
  { q: 'cao tốc đường sắt' },
  { q: 'ngan hang lai suat' },
  { q: 'trí tuệ nhân tạo' },
  { q: 'Quảng Ninh du lịch' },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function summary(label: string, values: number[]) {
  const ms = (n: number) => Math.round(n * 10) / 10;
  return {
    measure: label,
    runs: values.length,
    'p50 ms': ms(percentile(values, 50)),
    'p95 ms': ms(percentile(values, 95)),
    'max ms': ms(Math.max(...values)),
  };
}

/** A fresh database on the given server, or an embedded one; and how to drop it. */
async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) {
    const prepared = await prepareDatabase({ dataDir: null, log });
    return { url: prepared.url, drop: async () => prepared.embedded?.stop() };
  }
  const name = `portal_bench_search_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Database time of every run, and per query its median and match count. */
async function databaseTimes(): Promise<{ all: number[]; perQuery: Record<string, unknown>[] }> {
  const { readSearchParams, searchArticles } = await import('../lib/search');
  const byQuery = QUERIES.map(() => [] as number[]);
  const matches: string[] = [];
  for (const params of QUERIES) {
    const outcome = await searchArticles(readSearchParams(params)); // warm-up
    const results = outcome.results;
    matches.push(results ? `${results.capped ? '>' : ''}${results.total}` : '-');
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, params] of QUERIES.entries()) {
      const started = performance.now();
      await searchArticles(readSearchParams(params));
      byQuery[i]?.push(performance.now() - started);
    }
  }
  const perQuery = QUERIES.map((params, i) => ({
    query: new URLSearchParams(params).toString(),
    matches: matches[i],
    'p50 ms': Math.round(percentile(byQuery[i] ?? [], 50)),
  }));
  return { all: byQuery.flat(), perQuery };
}

async function explain(): Promise<string> {
  const { Prisma } = await import('../lib/generated/prisma/client');
  const { parseQuery } = await import('../lib/search/query');
  const { rankingSql } = await import('../lib/search/sql');
  const { searchRows } = await import('../lib/search/connection');
  const inner = rankingSql(
    parseQuery('dau tu cong'),
    { sort: 'relevance' },
    { size: 20, offset: 0 },
  );
  // On search's own connections, with the settings searches run with.
  const rows = await searchRows<{ 'QUERY PLAN': string }>(
    Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${inner}`,
  );
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

async function pageTimes(url: string): Promise<number[]> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: authSecret(process.env.AUTH_SECRET),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
  };
  await ensureBuild(childEnv, log);
  const port = await freePort();
  const server = startNext({ port, env: childEnv, quiet: true });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/health`, 120_000);
    const get = async (params: Record<string, string>) => {
      const res = await fetch(`${base}/tim-kiem?${new URLSearchParams(params)}`);
      if (res.status !== 200) throw new Error(`/tim-kiem answered ${res.status}`);
      await res.text();
    };
    for (const params of QUERIES) await get(params); // warm-up
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const params of QUERIES) {
        const started = performance.now();
        await get(params);
        times.push(performance.now() - started);
      }
    }
    return times;
  } finally {
    await server.stopAndWait();
  }
}

/** The database to measure: one filled before, or a fresh one filled now. */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const reuse = process.env.BENCH_SEARCH_REUSE_URL;
  if (reuse) return { url: reuse, drop: async () => {} };
  const database = await throwawayDatabase();
  log(`Generating ${COUNT.toLocaleString('en')} published articles…`);
  const started = performance.now();
  await generateArticles(database.url, COUNT);
  log(`Generated in ${Math.round((performance.now() - started) / 1000)} s.`);
  if (process.env.BENCH_SEARCH_KEEP !== '1') return database;
  log(`Kept: BENCH_SEARCH_REUSE_URL=${database.url}`);
  return { url: database.url, drop: async () => {} };
}

/**
 * The machine's speed, for comparing figures taken on different machines:
 * the best of five times PostgreSQL takes to count a million generated rows.
 */
async function calibration(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await client.query('SELECT count(*) FROM generate_series(1, 1000000)');
      times.push(performance.now() - started);
    }
    return `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}; PostgreSQL counts 1,000,000 rows in ${Math.min(...times).toFixed(1)} ms`;
  } finally {
    await client.end();
  }
}

async function main() {
  log(
    `load average at the start (1, 5, 15 min): ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`,
  );
  const database = await benchDatabase();
  try {
    log(`machine: ${await calibration(database.url)}`);
    process.env.DATABASE_URL = database.url;
    const db = await databaseTimes();
    console.table(db.perQuery);
    const plan = await explain();
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of "dau tu cong", relevance, page 1:\n${plan}\n`);
    log(plan.includes('SearchEntry_search_idx') ? 'GIN index in use: yes' : 'GIN index in use: NO');
    // The first Buffers line is the whole query's: steadier than milliseconds.
    log(`pages touched: ${/Buffers: (.*)/.exec(plan)?.[1] ?? '?'}`);
    const page = await pageTimes(database.url);
    console.table([
      summary('database (lib/search)', db.all),
      summary('whole page GET /tim-kiem', page),
    ]);
    log(
      `load average at the end (1, 5, 15 min): ${loadavg()
        .map((n) => n.toFixed(2))
        .join(', ')}`,
    );
    const { db: client } = await import('../lib/db/client');
    await client().$disconnect();
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
