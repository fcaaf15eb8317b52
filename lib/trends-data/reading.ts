import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { DayRange } from './range';
import { articleInScope, type TrendsScope } from './scope';
import { type DayValue, fillDays } from './series-fill';

type Row = { day: string; value: bigint | number };
const dayOf = Prisma.sql`to_char(day, 'YYYY-MM-DD')`;

/**
 * Reads per day: of the whole portal (SiteDaily) for a full scope, of the
 * scope's articles otherwise, or of one article (already checked in scope).
 */
export async function viewSeries(
  scope: TrendsScope,
  range: DayRange,
  articleId?: string,
): Promise<DayValue[]> {
  const within = Prisma.sql`day BETWEEN ${range.from}::date AND ${range.to}::date`;
  let rows: Row[];
  if (articleId) {
    rows = await db().$queryRaw<Row[]>`
      SELECT ${dayOf} AS day, views AS value FROM "PageViewDaily"
      WHERE "articleId" = ${articleId} AND ${within} AND ${articleInScope(scope, Prisma.sql`"articleId"`)}`;
  } else if (scope.all) {
    rows = await db().$queryRaw<
      Row[]
    >`SELECT ${dayOf} AS day, views AS value FROM "SiteDaily" WHERE ${within}`;
  } else {
    rows = await db().$queryRaw<Row[]>`
      SELECT ${dayOf} AS day, sum(views) AS value FROM "PageViewDaily"
      WHERE ${within} AND ${articleInScope(scope, Prisma.sql`"articleId"`)} GROUP BY day`;
  }
  return fillDays(range, rows);
}

/**
 * Unique visitors per day (whole portal only): closed days from SiteDaily,
 * today from the day's hashes, which are deleted once it is over.
 */
export async function visitorSeries(range: DayRange): Promise<DayValue[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT d AS day, sum(v) AS value FROM (
      SELECT ${dayOf} AS d, visitors AS v FROM "SiteDaily" WHERE day BETWEEN ${range.from}::date AND ${range.to}::date
      UNION ALL
      SELECT ${dayOf}, count(*) FROM "VisitorHash" WHERE day BETWEEN ${range.from}::date AND ${range.to}::date GROUP BY day
    ) t GROUP BY d`;
  return fillDays(range, rows);
}

export type TopArticle = { articleId: string; title: string; slug: string; views: number };

/** The most read articles of the scope over the range, with their live title. */
export async function topArticles(
  scope: TrendsScope,
  range: DayRange,
  limit = 10,
): Promise<TopArticle[]> {
  const rows = await db().$queryRaw<
    { articleId: string; title: string; slug: string; views: bigint }[]
  >`
    WITH top AS (
      SELECT "articleId", sum(views) AS views FROM "PageViewDaily"
      WHERE day BETWEEN ${range.from}::date AND ${range.to}::date
        AND ${articleInScope(scope, Prisma.sql`"articleId"`)}
      GROUP BY "articleId" ORDER BY views DESC, "articleId" LIMIT ${limit})
    SELECT top."articleId", a.slug, COALESCE(r.title, a.slug) AS title, top.views
    FROM top JOIN "Article" a ON a.id = top."articleId"
    LEFT JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
    ORDER BY top.views DESC, top."articleId"`;
  return rows.map((r) => ({ ...r, views: Number(r.views) }));
}

export type Ranked = { label: string; value: number };

/** Reads per category over the range (whole portal only). */
export async function topCategories(range: DayRange, limit = 10): Promise<Ranked[]> {
  const rows = await db().$queryRaw<{ label: string; value: bigint }[]>`
    SELECT c.name AS label, sum(v.views) AS value FROM "CategoryViewDaily" v
    JOIN "Category" c ON c.id = v."categoryId"
    WHERE v.day BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY c.id, c.name ORDER BY value DESC LIMIT ${limit}`;
  return rows.map((r) => ({ label: r.label, value: Number(r.value) }));
}

/** Reads by referring domain or by device class over the range (whole portal only). */
export async function readsBy(
  dimension: 'referrer' | 'device',
  range: DayRange,
  limit = 10,
): Promise<Ranked[]> {
  const table = dimension === 'referrer' ? Prisma.sql`"ReferrerDaily"` : Prisma.sql`"DeviceDaily"`;
  const column = dimension === 'referrer' ? Prisma.sql`domain` : Prisma.sql`device`;
  const rows = await db().$queryRaw<{ label: string; value: bigint }[]>`
    SELECT ${column} AS label, sum(views) AS value FROM ${table}
    WHERE day BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY ${column} ORDER BY value DESC, label LIMIT ${limit}`;
  return rows.map((r) => ({ label: r.label, value: Number(r.value) }));
}

/** Per-article daily reads of the given articles (for detection). */
export async function articleSeries(
  range: DayRange,
  articleIds: string[],
): Promise<Map<string, DayValue[]>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db().$queryRaw<(Row & { articleId: string })[]>`
    SELECT "articleId", ${dayOf} AS day, views AS value FROM "PageViewDaily"
    WHERE "articleId" = ANY (${articleIds}::text[]) AND day BETWEEN ${range.from}::date AND ${range.to}::date`;
  const grouped = new Map<string, Row[]>(articleIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.articleId)?.push(row);
  return new Map([...grouped].map(([id, list]) => [id, fillDays(range, list)]));
}

export type CategorySeries = { id: string; name: string; series: DayValue[] };

/**
 * Daily reads over `range` of the `limit` most read categories of `top`
 * (for detection), by the category a read was counted under.
 */
export async function topCategorySeries(
  top: DayRange,
  range: DayRange,
  limit: number,
): Promise<CategorySeries[]> {
  const rows = await db().$queryRaw<(Row & { id: string; name: string })[]>`
    WITH top AS (
      SELECT "categoryId" AS id FROM "CategoryViewDaily"
      WHERE day BETWEEN ${top.from}::date AND ${top.to}::date
      GROUP BY "categoryId" ORDER BY sum(views) DESC, "categoryId" LIMIT ${limit})
    SELECT c.id, c.name, ${dayOf} AS day, v.views AS value
    FROM top JOIN "Category" c ON c.id = top.id
    JOIN "CategoryViewDaily" v ON v."categoryId" = c.id
      AND v.day BETWEEN ${range.from}::date AND ${range.to}::date`;
  const grouped = new Map<string, { name: string; rows: Row[] }>();
  for (const row of rows) {
    const entry = grouped.get(row.id) ?? { name: row.name, rows: [] };
    entry.rows.push(row);
    grouped.set(row.id, entry);
  }
  return [...grouped].map(([id, { name, rows: list }]) => ({
    id,
    name,
    series: fillDays(range, list),
  }));
}
