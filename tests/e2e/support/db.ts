import { readFileSync } from 'node:fs';
import pg from 'pg';

// Direct access to the end-to-end database, for what no screen offers:
// looking up ids and arranging rows a test needs. The harness
// (scripts/e2e-server.ts) writes its URL before the server starts.

export function databaseUrl(): string {
  const raw = readFileSync('tests/artifacts/e2e-env.json', 'utf8');
  const { databaseUrl: url } = JSON.parse(raw) as { databaseUrl?: unknown };
  if (typeof url !== 'string') throw new Error('tests/artifacts/e2e-env.json has no databaseUrl');
  return url;
}

/** Runs one query on the end-to-end database and returns its rows. */
export async function query<R extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The id of the article at `slug`; throws when there is none. */
export async function articleId(slug: string): Promise<string> {
  const rows = await query<{ id: string }>('SELECT id FROM "Article" WHERE slug = $1', [slug]);
  const id = rows[0]?.id;
  if (!id) throw new Error(`no article at ${slug}`);
  return id;
}

/**
 * Links articles to the first solution of `year`'s plan, as an approved
 * revision with plan items would (ArticlePlanItem is what the public reads).
 */
export async function linkToFirstSolution(year: number, slugs: string[]): Promise<void> {
  await query(
    `INSERT INTO "ArticlePlanItem" ("articleId", "planItemId")
     SELECT a.id, i.id FROM "Article" a,
       (SELECT pi.id FROM "PlanItem" pi JOIN "CommunicationPlan" p ON p.id = pi."planId"
        WHERE p.year = $1 AND pi.kind = 'SOLUTION' ORDER BY pi.position LIMIT 1) i
     WHERE a.slug = ANY($2::text[])
     ON CONFLICT DO NOTHING`,
    [year, slugs],
  );
}
