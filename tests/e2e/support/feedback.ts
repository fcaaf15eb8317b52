import { query } from './db';

// Readers' items put straight into the end-to-end database, as the public
// form stores them on submission (PENDING, with the consent it records), so
// the moderation tests need not go through the form and its limits.

export const SEEDED_SLUG =
  'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

type Pending = {
  slug?: string;
  kind?: 'SUGGESTION' | 'QUESTION';
  name: string;
  body: string;
  email?: string;
  spamScore?: number;
};

/** A pending item on the article at `slug` (the seeded one by default); its id. */
export async function insertPending(input: Pending): Promise<string> {
  const rows = await query<{ id: string }>(
    `INSERT INTO "Feedback" (id, "articleId", kind, state, name, body, email, "consentAt",
       "consentVersion", "spamScore", "updatedAt")
     SELECT 'e2e' || md5(random()::text), a.id, $2::"FeedbackKind", 'PENDING', $3, $4, $5, now(),
       'e2e', $6, now()
     FROM "Article" a WHERE a.slug = $1
     RETURNING id`,
    [
      input.slug ?? SEEDED_SLUG,
      input.kind ?? 'SUGGESTION',
      input.name,
      input.body,
      input.email ?? null,
      input.spamScore ?? null,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`no article at ${input.slug ?? SEEDED_SLUG}`);
  return id;
}

/** An answer to `feedbackId` written and submitted by the staff member at `email`. */
export async function insertSubmittedAnswer(feedbackId: string, email: string, body: string) {
  await query(
    `INSERT INTO "FeedbackAnswer" (id, "feedbackId", state, body, "authorId", "contributorIds",
       "submitterId", "submittedAt", "updatedAt")
     SELECT 'e2e' || md5(random()::text), $1, 'SUBMITTED', $3, u.id, ARRAY[u.id], u.id, now(), now()
     FROM "User" u WHERE u.email = $2`,
    [feedbackId, email, body],
  );
}
