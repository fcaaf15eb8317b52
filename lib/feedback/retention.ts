import { db } from '../db/client';
import { env } from '../env';
import { deleteOldSalts } from '../privacy/daily-salt';

const DAY_MS = 86_400_000;
/** The job runs at most this often per process; each run is idempotent. */
const EVERY_MS = 3_600_000;
/** Rows changed per statement, so one run never holds many row locks at once. */
const BATCH = 1000;

/**
 * Removes personal data past the retention period (FEEDBACK_RETENTION_DAYS
 * after the item was sent): the email, its keyed hash, the address hash and
 * the link token (the emailed link stops working). Name and text stay as
 * published; withdrawal and erasure remove those. Rejected items past the
 * period are deleted whole: they were never public and serve no one. Also
 * deletes the salts of past days. Returns what it did, for the log and tests.
 */
export async function runFeedbackRetention(now = new Date()) {
  const cutoff = new Date(now.getTime() - env().FEEDBACK_RETENTION_DAYS * DAY_MS);
  const { count: deleted } = await db().feedback.deleteMany({
    where: { state: 'REJECTED', createdAt: { lt: cutoff } },
  });
  let erased = 0;
  for (;;) {
    const count = await db().$executeRaw`
      UPDATE "Feedback" SET "email" = NULL, "emailHash" = NULL, "sourceHash" = NULL,
        "tokenHash" = NULL, "erasedAt" = ${now}, "updatedAt" = ${now}
      WHERE "id" IN (
        SELECT "id" FROM "Feedback" WHERE "createdAt" < ${cutoff}
          AND ("email" IS NOT NULL OR "emailHash" IS NOT NULL OR "sourceHash" IS NOT NULL OR "tokenHash" IS NOT NULL)
        LIMIT ${BATCH})`;
    erased += count;
    if (count < BATCH) break;
  }
  const salts = await deleteOldSalts(now);
  return { erased, deleted, salts };
}

const holder = globalThis as unknown as { __feedbackRetentionAt?: number };

/**
 * Runs the retention job when an hour has passed since this process last
 * did: called on every scheduler tick, it costs nothing in between. A
 * failure is logged and retried an hour later.
 */
export async function runFeedbackRetentionWhenDue(now = new Date()): Promise<void> {
  const last = holder.__feedbackRetentionAt;
  if (last !== undefined && now.getTime() - last < EVERY_MS) return;
  holder.__feedbackRetentionAt = now.getTime();
  try {
    const done = await runFeedbackRetention(now);
    if (done.erased + done.deleted > 0) console.info('[retention] feedback:', done);
  } catch (error) {
    console.error('[retention] feedback personal data not yet removed:', error);
  }
}
