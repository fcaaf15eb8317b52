import 'server-only';
import type { Role } from '../core/actor';
import { roleAllows } from '../core/policy';
import { db } from '../db/client';
import { type Mail, mailEnabled, sendMails } from '../notify/mailer';
import { rollUpAllSearches } from '../search/rollup';
import { absoluteUrl } from '../site/url';
import { portalAlerts } from '../trends-data/alerts';
import { addDays, vnDayOf } from '../trends-data/range';
import { digestMail } from './compose';

/** What a run did, for the log and the tests. */
export type DigestOutcome =
  | 'disabled' // no SMTP_URL
  | 'already' // the day is recorded: sent, or judged without alerts
  | 'busy' // another instance is sending it right now
  | 'no-alerts' // recorded, nothing sent
  | 'sent';

const ROLES: readonly Role[] = ['EDITOR', 'APPROVER', 'ADMIN'];
/** The day's alerts are sent in a transaction; each email may take up to ~40 s (mailer.ts). */
const PER_MAIL_MS = 45_000;

class NothingSent extends Error {}

/**
 * Emails the alerts of the Vietnam day before `now` to every active account
 * that sees the whole portal's trends (approvers and admins), once per day
 * across every instance on the database. The day's TrendDigest row is
 * inserted in the transaction that sends: a second instance finds the row
 * (or the advisory lock held) and sends nothing; if no email at all is
 * accepted the transaction rolls back and a later run tries again. Emails
 * accepted before a crash may be sent again by the next run; a recipient
 * whose server refused while others accepted is logged, not retried (that
 * would resend to the others). Without SMTP_URL it does nothing.
 */
export async function sendTrendDigest(now = new Date()): Promise<DigestOutcome> {
  if (!mailEnabled()) return 'disabled';
  const day = addDays(vnDayOf(now), -1);
  if (await recorded(day)) return 'already';
  const mails = await digestMails(day);
  return db().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ held: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext('trend-digest')::bigint) AS held`;
      if (!lock?.held) return 'busy';
      const inserted = await tx.$executeRaw`
        INSERT INTO "TrendDigest" (day, alerts, recipients)
        VALUES (${day}::date, ${mails.alerts}, ${mails.list.length})
        ON CONFLICT (day) DO NOTHING`;
      if (inserted === 0) return 'already';
      if (mails.list.length === 0) return 'no-alerts';
      if ((await sendMails(mails.list)) === 0) throw new NothingSent();
      return 'sent';
    },
    { maxWait: 10_000, timeout: 60_000 + PER_MAIL_MS * mails.list.length },
  );
}

async function recorded(day: string): Promise<boolean> {
  const rows = await db().$queryRaw<unknown[]>`
    SELECT 1 FROM "TrendDigest" WHERE day = ${day}::date`;
  return rows.length > 0;
}

/**
 * The day's emails: none without an alert (an email that usually says
 * "nothing" teaches people to stop reading it; the dashboard shows the
 * calm days). Searches are rolled up first, so the day's are all counted.
 */
async function digestMails(day: string): Promise<{ alerts: number; list: Mail[] }> {
  await rollUpAllSearches();
  // The day before is judged too, only so that a stance shift already under
  // way is not announced again: the detector reports a shift on its first day.
  const alerts = (await portalAlerts({ from: addDays(day, -1), to: day })).filter(
    (a) => a.day === day,
  );
  if (alerts.length === 0) return { alerts: 0, list: [] };
  const dashboard = absoluteUrl(`/quan-tri/xu-huong?tu=${addDays(day, -27)}&den=${day}`);
  const { subject, text } = digestMail(day, alerts, dashboard);
  const people = await db().user.findMany({
    where: { active: true, role: { in: ROLES.filter((r) => roleAllows(r, 'viewAllTrends')) } },
    select: { email: true },
    orderBy: { email: 'asc' },
  });
  return { alerts: alerts.length, list: people.map((p) => ({ to: p.email, subject, text })) };
}

/** Vietnam hour from which yesterday's digest goes out: the start of the office day. */
export const DIGEST_HOUR = 7;
const EVERY_MS = 60_000;
const holder = globalThis as unknown as { __trendDigest?: { at: number; done: string } };

/**
 * The scheduler's entry: from 07:00 Vietnam time, at most once a minute per
 * process until the day's digest is recorded, then not again that day.
 * Never throws: a failure is logged and retried a minute later.
 */
export async function sendTrendDigestWhenDue(now = new Date()): Promise<void> {
  holder.__trendDigest ??= { at: 0, done: '' };
  const state = holder.__trendDigest;
  const today = vnDayOf(now);
  const vnHour = new Date(now.getTime() + 7 * 3_600_000).getUTCHours();
  if (state.done === today || vnHour < DIGEST_HOUR || !mailEnabled()) return;
  if (now.getTime() - state.at < EVERY_MS) return;
  state.at = now.getTime();
  try {
    const outcome = await sendTrendDigest(now);
    if (outcome === 'sent') console.info(`[trends] digest of ${addDays(today, -1)} sent`);
    if (outcome !== 'busy') state.done = today;
  } catch (error) {
    const message = error instanceof NothingSent ? 'no email accepted' : String(error);
    console.error(`[trends] digest not sent, retried in a minute: ${message}`);
  }
}
