import { createHmac, randomBytes } from 'node:crypto';
import { db } from '../db/client';

/**
 * One random salt per Vietnam calendar day, shared by every instance through
 * the database, so an address can be counted (limits, unique visitors)
 * without being stored: HMAC(address, salt of the day). Once the day's salt is
 * deleted (retention job, the day after), no hash of that day can be linked
 * back to an address by trying every IPv4 address.
 */

const VN_OFFSET_MS = 7 * 3_600_000;

/** "2026-12-07": the calendar day in Vietnam (UTC+7, no daylight saving). */
export function vnDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

// The day's salt is read from the database once per process and day.
const known = new Map<string, string>();

/** The salt of `at`'s day, created by whichever instance asks first. */
export async function dailySalt(at: Date = new Date()): Promise<string> {
  const day = vnDay(at);
  const hit = known.get(day);
  if (hit) return hit;
  const candidate = randomBytes(32).toString('base64url');
  // Insert-or-keep in one statement: of two instances asking at once, both
  // read the row that won.
  const rows = await db().$queryRaw<{ salt: string }[]>`
    INSERT INTO "DailySalt" ("day", "salt") VALUES (${day}, ${candidate})
    ON CONFLICT ("day") DO UPDATE SET "day" = EXCLUDED."day"
    RETURNING "salt"`;
  const salt = rows[0]?.salt;
  if (!salt) throw new Error('daily salt: no row returned');
  known.clear(); // only today's salt is ever needed again
  known.set(day, salt);
  return salt;
}

/** HMAC-SHA-256 of `value` under the day's salt (base64url): counts, never reverses. */
export async function hashWithDailySalt(value: string, at: Date = new Date()): Promise<string> {
  return createHmac('sha256', await dailySalt(at))
    .update(value)
    .digest('base64url');
}

/**
 * Deletes the salts of days before `at`'s day: from then on the hashes made
 * with them can only be compared with each other. Returns how many went.
 */
export async function deleteOldSalts(at: Date = new Date()): Promise<number> {
  const { count } = await db().dailySalt.deleteMany({ where: { day: { lt: vnDay(at) } } });
  for (const day of known.keys()) if (day < vnDay(at)) known.delete(day);
  return count;
}
