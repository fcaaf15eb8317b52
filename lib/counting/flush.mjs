// @ts-check
/**
 * The batched writes of the counter (counter.mjs): one statement per rollup
 * table, whatever the batch's size, each adding to the day's row. Reads of
 * addresses that are not (or no longer) public are dropped here, in the
 * database, so a read counted without its answer's status (nginx's mirror,
 * docs/caching.md) cannot invent an article.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** @typedef {{ query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> }} Queryable */

/**
 * Page reads: [day, path, count] triples. Only a published article, an active
 * category, a published consultation, or one of the fixed reading pages;
 * added to the page's, its category's and the site's rows of the day.
 * @param {Queryable} db @param {string[]} days @param {string[]} paths @param {number[]} counts
 */
export async function writeViews(db, days, paths, counts) {
  await db.query(
    `WITH batch AS (
       SELECT b.day::date AS day, b.path, b.n FROM unnest($1::text[], $2::text[], $3::int[]) AS b(day, path, n)
     ), resolved AS (
       SELECT batch.day, batch.path, batch.n, a.id AS article_id, COALESCE(a."categoryId", c.id) AS category_id
       FROM batch
       LEFT JOIN "Article" a ON a."liveRevisionId" IS NOT NULL AND (
         (a.kind = 'ARTICLE' AND batch.path = '/tin-tuc/' || a.slug) OR
         (a.kind = 'PAGE' AND batch.path = '/' || a.slug))
       LEFT JOIN "Category" c ON c.active AND batch.path = '/chuyen-muc/' || c.slug
       LEFT JOIN "Consultation" k ON k."liveVersionId" IS NOT NULL AND batch.path = '/du-thao/' || k.slug
       WHERE a.id IS NOT NULL OR c.id IS NOT NULL OR k.id IS NOT NULL
          OR batch.path !~ '^/(tin-tuc|chuyen-muc|du-thao|gioi-thieu|lien-he|en)(/|$)'
          OR batch.path = '/du-thao'
     ), pages AS (
       INSERT INTO "PageViewDaily" (day, path, "articleId", "categoryId", views)
       SELECT day, path, article_id, category_id, n FROM resolved
       ON CONFLICT (day, path) DO UPDATE SET views = "PageViewDaily".views + EXCLUDED.views,
         "articleId" = EXCLUDED."articleId", "categoryId" = EXCLUDED."categoryId"
     ), categories AS (
       INSERT INTO "CategoryViewDaily" (day, "categoryId", views)
       SELECT day, category_id, sum(n)::int FROM resolved
       WHERE category_id IS NOT NULL GROUP BY day, category_id
       ON CONFLICT ("categoryId", day) DO UPDATE SET views = "CategoryViewDaily".views + EXCLUDED.views
     )
     INSERT INTO "SiteDaily" (day, views)
     SELECT day, sum(n)::int FROM resolved GROUP BY day
     ON CONFLICT (day) DO UPDATE SET views = "SiteDaily".views + EXCLUDED.views`,
    [days, paths, counts],
  );
}

/**
 * Reads by one dimension (referring domain, device class).
 * @param {Queryable} db @param {'ReferrerDaily' | 'DeviceDaily'} table
 * @param {string[]} days @param {string[]} keys @param {number[]} counts
 */
export async function writeDimension(db, table, days, keys, counts) {
  const column = table === 'ReferrerDaily' ? 'domain' : 'device';
  await db.query(
    `INSERT INTO "${table}" (day, ${column}, views)
     SELECT b.day::date, b.k, b.n FROM unnest($1::text[], $2::text[], $3::int[]) AS b(day, k, n)
     ON CONFLICT (day, ${column}) DO UPDATE SET views = "${table}".views + EXCLUDED.views`,
    [days, keys, counts],
  );
}

/**
 * The day's salt (table DailySalt, shared with lib/privacy/daily-salt.ts:
 * the same insert-or-keep, so every instance and the feedback limits use
 * one salt a day).
 * @param {Queryable} db @param {string} day
 */
export async function saltOf(db, day) {
  const { rows } = await db.query(
    `INSERT INTO "DailySalt" ("day", "salt") VALUES ($1, $2)
     ON CONFLICT ("day") DO UPDATE SET "day" = EXCLUDED."day" RETURNING "salt"`,
    [day, randomBytes(32).toString('base64url')],
  );
  const salt = rows[0]?.salt;
  if (typeof salt !== 'string') throw new Error('daily salt: no row returned');
  return salt;
}

/**
 * Today's visitors: the keyed hash of address and user agent under the
 * day's salt, each kept once. The raw values never reach the database.
 * @param {Queryable} db @param {string} day @param {string} salt @param {Iterable<string>} sources
 */
export async function writeVisitors(db, day, salt, sources) {
  const hashes = [];
  for (const source of sources) {
    hashes.push(createHmac('sha256', salt).update(source).digest('base64url'));
  }
  if (hashes.length === 0) return;
  await db.query(
    `INSERT INTO "VisitorHash" (day, hash) SELECT $1::date, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    [day, hashes],
  );
}

/**
 * Ends the days before `today`: their visitor count goes into SiteDaily and
 * their hashes are deleted, so no identifier outlives its day.
 * @param {Queryable} db @param {string} today
 */
export async function closeDays(db, today) {
  await db.query(
    `WITH gone AS (DELETE FROM "VisitorHash" WHERE day < $1::date RETURNING day)
     INSERT INTO "SiteDaily" (day, visitors) SELECT day, count(*)::int FROM gone GROUP BY day
     ON CONFLICT (day) DO UPDATE SET visitors = "SiteDaily".visitors + EXCLUDED.visitors`,
    [today],
  );
}
