import pg from 'pg';

/**
 * Adds `count` published, approved articles to a category so its listing has
 * a second page. Dated March 2024, before the seeded news, so they sort last.
 * Only the end-to-end harness calls this, on its own database.
 */
export async function addPaginationFillers(url: string, categorySlug: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const users = await client.query<{ id: string; role: string }>(
      `SELECT id, role FROM "User" WHERE email IN ('bientap@example.gov.vn','pheduyet@example.gov.vn')`,
    );
    const editor = users.rows.find((u) => u.role === 'EDITOR');
    const approver = users.rows.find((u) => u.role === 'APPROVER');
    const category = await client.query<{ id: string }>(
      `SELECT id FROM "Category" WHERE slug = $1`,
      [categorySlug],
    );
    const categoryId = category.rows[0]?.id;
    if (!editor || !approver || !categoryId) throw new Error('seed data missing for fillers');
    await client.query('BEGIN');
    for (let i = 1; i <= count; i++) {
      const at = new Date(Date.UTC(2024, 2, i, 2, 0, 0)).toISOString();
      const slug = `tin-kiem-thu-phan-trang-so-${i}`;
      await client.query(
        `WITH a AS (
           INSERT INTO "Article" (id, slug, "categoryId", "publishedAt", "updatedAt")
           VALUES ('e2e-a-' || $1, $2, $3, $4, now()) RETURNING id),
         r AS (
           INSERT INTO "ArticleRevision" (id, "articleId", number, state, title, lead, body, source,
             "categoryId", "authorId", "contributorIds", "submitterId", "approverId", "submittedAt",
             "approvedAt", "publishAt", "publishedAt", "updatedAt")
           SELECT 'e2e-r-' || $1, a.id, 1, 'PUBLISHED', $5, $6, $6, 'Kiểm thử', $3, $7, ARRAY[$7],
             $7, $8, $4, $4, $4, $4, now() FROM a RETURNING id, "articleId")
         UPDATE "Article" SET "liveRevisionId" = r.id FROM r WHERE "Article".id = r."articleId"`,
        [String(i), slug, categoryId, at, `Tin kiểm thử phân trang số ${i}`,
          `Bài kiểm thử số ${i}, chỉ có trong cơ sở dữ liệu kiểm thử.`, editor.id, approver.id],
      );
      await client.query(
        `INSERT INTO "AuditEvent" ("actorId", "entityType", "entityId", action, "fromState", "toState", at)
         VALUES ($1, 'revision', 'e2e-r-' || $2, 'approve', 'SUBMITTED', 'PUBLISHED', $3)`,
        [approver.id, String(i), at],
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
