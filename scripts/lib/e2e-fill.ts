import pg from 'pg';
import { demoApproverEmail, demoEditorEmail } from '../../lib/seed/content/accounts';

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
      `SELECT id, role FROM "User" WHERE email IN ($1, $2)`,
      [demoEditorEmail, demoApproverEmail],
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
      const articleId = `e2e-a-${i}`;
      const revisionId = `e2e-r-${i}`;
      // Three statements: a data-modifying CTE cannot see its own inserts.
      await client.query(
        `INSERT INTO "Article" (id, slug, "categoryId", "publishedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, now())`,
        [articleId, slug, categoryId, at],
      );
      await client.query(
        `INSERT INTO "ArticleRevision" (id, "articleId", number, state, title, lead, body, source,
           "categoryId", "authorId", "contributorIds", "submitterId", "approverId", "submittedAt",
           "approvedAt", "publishAt", "publishedAt", "updatedAt")
         VALUES ($1, $2, 1, 'PUBLISHED', $3, $4, $4, 'Kiểm thử', $5, $6, ARRAY[$6], $6, $7,
           $8, $8, $8, $8, now())`,
        [
          revisionId,
          articleId,
          `Tin kiểm thử phân trang số ${i}`,
          `Bài kiểm thử số ${i}, chỉ có trong cơ sở dữ liệu kiểm thử.`,
          categoryId,
          editor.id,
          approver.id,
          at,
        ],
      );
      await client.query(`UPDATE "Article" SET "liveRevisionId" = $1 WHERE id = $2`, [
        revisionId,
        articleId,
      ]);
      await client.query(
        `INSERT INTO "AuditEvent" ("actorId", "entityType", "entityId", action, "fromState", "toState", at)
         VALUES ($1, 'revision', $2, 'approve', 'SUBMITTED', 'PUBLISHED', $3)`,
        [approver.id, revisionId, at],
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
