// `npm run bench:trends-speed`: the trends dashboard's query at scale. Fills
// BENCH_DATABASE_URL (emptied first; never point it at data you need) with
// two years of daily reading rollups for ARTICLES articles (default 5,000)
// and SEARCHES search-log rows (default 10,000,000), generated with SQL
// generate_series; rolls the search log up with the product's own rollup
// (lib/search/rollup.ts), timing it; then times loadTrends (what
// /quan-tri/xu-huong runs) for an approver and an editor over 28 days,
// 13 weeks and a year, and prints p50/p95. BENCH_TRENDS_REUSE=1 measures
// the database as a previous run left it. A benchmark: it fails nothing.
import pg from 'pg';
import { applyMigrations } from '../lib/db/migrate';

const ARTICLES = Number(process.env.ARTICLES ?? 5000);
const SEARCHES = Number(process.env.SEARCHES ?? 10_000_000);
const DAYS = 730;
const ROUNDS = 20;
const log = (line: string) => console.log(`[bench:trends-speed] ${line}`);

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('Set BENCH_DATABASE_URL to a database this may empty and fill.');
process.env.DATABASE_URL = url;

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Two years of rollups and the search log, as the product would have written them. */
async function generate(client: pg.Client) {
  await client.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  await applyMigrations(url as string);
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
    VALUES ('bench-editor', 'bench-editor@example.gov.vn', 'Biên tập', 'x', 'EDITOR', now()),
           ('bench-approver', 'bench-approver@example.gov.vn', 'Phê duyệt', 'x', 'APPROVER', now())`);
  await client.query(`INSERT INTO "Category" (id, slug, name)
    SELECT 'cat-' || c, 'chuyen-muc-' || c, 'Chuyên mục ' || c FROM generate_series(1, 12) c`);
  await timed(`${ARTICLES} articles`, () =>
    client.query(
      `INSERT INTO "Article" (id, slug, "categoryId", "publishedAt", "updatedAt")
      SELECT 'art-' || a, 'bai-viet-so-' || a, 'cat-' || (1 + a % 12), now() - interval '800 days', now()
      FROM generate_series(1, $1) a`,
      [ARTICLES],
    ),
  );
  // The editor wrote one article in 50 (their scope).
  await client.query(
    `INSERT INTO "ArticleRevision" (id, "articleId", number, state, title, lead, body, "categoryId", "authorId", "updatedAt")
    SELECT 'rev-' || a, 'art-' || a, 1, 'DRAFT', 'Bài ' || a, '', '', 'cat-' || (1 + a % 12),
      CASE WHEN a % 50 = 0 THEN 'bench-editor' ELSE 'bench-approver' END, now()
    FROM generate_series(1, $1) a`,
    [ARTICLES],
  );
  // Views: a long tail (article a gets ~ 2000/a a day), a weekly rhythm, weekends lower.
  await timed(`${DAYS} days × ${ARTICLES} articles of PageViewDaily`, () =>
    client.query(
      `INSERT INTO "PageViewDaily" (day, path, "articleId", "categoryId", views)
      SELECT d::date, '/tin-tuc/bai-viet-so-' || a, 'art-' || a, 'cat-' || (1 + a % 12),
        greatest(0, round((2000.0 / a) * (CASE WHEN extract(isodow FROM d) > 5 THEN 0.6 ELSE 1 END)
          * (0.8 + random() * 0.4)))::int
      FROM generate_series(current_date - ${DAYS - 1}, current_date, interval '1 day') d,
           generate_series(1, $1) a`,
      [ARTICLES],
    ),
  );
  // The per-category and site rows the counter's batched write adds beside each page's.
  await client.query(`INSERT INTO "CategoryViewDaily" (day, "categoryId", views)
    SELECT day, "categoryId", sum(views) FROM "PageViewDaily" GROUP BY day, "categoryId"`);
  await client.query(`INSERT INTO "SiteDaily" (day, views, visitors)
    SELECT day, sum(views), sum(views) / 3 FROM "PageViewDaily" GROUP BY day`);
  const words = [
    'dau tu',
    'đầu tư công',
    'chính sách',
    'chuyển đổi số',
    'bán dẫn',
    'thuế thu nhập',
    'giải ngân',
    'hạ tầng',
    'cao tốc',
    'lãi suất',
    'ngân hàng',
    'điện gió',
    'du lịch',
    'nghị định 15',
    'thủ tục hành chính',
    'bảo hiểm xã hội',
    'xyz không có',
    'đất đai',
    'giáo dục',
    'y tế',
  ];
  await timed(`${SEARCHES.toLocaleString('en')} SearchLog rows`, () =>
    client.query(
      `INSERT INTO "SearchLog" (at, query, "resultCount", "durationMs")
      SELECT now() - (random() * ${DAYS}) * interval '1 day',
        ($2::text[])[1 + (s % array_length($2::text[], 1))] || CASE WHEN s % 7 = 0 THEN ' ' || (s % 500) ELSE '' END,
        CASE WHEN s % 13 = 0 THEN 0 ELSE 1 + s % 40 END, 5
      FROM generate_series(1, $1) s`,
      [SEARCHES, words],
    ),
  );
  await client.query('VACUUM ANALYZE');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (process.env.BENCH_TRENDS_REUSE !== '1') {
    await generate(client);
    const { rollUpAllSearches } = await import('../lib/search/rollup');
    const rolled = await timed('search rollup (product code)', () => rollUpAllSearches());
    log(`rolled ${rolled.toLocaleString('en')} searches`);
    await client.query('VACUUM ANALYZE');
  }
  await client.end();
  const { loadTrends } = await import('../lib/trends-data/dashboard');
  const { addDays, vnDayOf } = await import('../lib/trends-data/range');
  const today = vnDayOf(new Date());
  const actors = {
    approver: { id: 'bench-approver', email: 'a@x', name: 'a', role: 'APPROVER' as const },
    editor: { id: 'bench-editor', email: 'e@x', name: 'e', role: 'EDITOR' as const },
  };
  const rows = [];
  for (const [who, actor] of Object.entries(actors)) {
    for (const days of [28, 91, 365]) {
      const range = { from: addDays(today, 1 - days), to: today };
      await loadTrends(actor, range); // warm
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const started = performance.now();
        await loadTrends(actor, range);
        times.push(performance.now() - started);
      }
      rows.push({
        who,
        days,
        runs: ROUNDS,
        'p50 ms': Math.round(percentile(times, 50)),
        'p95 ms': Math.round(percentile(times, 95)),
      });
    }
  }
  console.table(rows);
  process.exit(0);
}

await main();
