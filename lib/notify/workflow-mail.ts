import 'server-only';
import { db } from '../db/client';
import { absoluteUrl } from '../site/url';
import { type Mail, mailEnabled, sendMails } from './mailer';
import { type MailEvent, mailText } from './messages';

const EVENTS: readonly string[] = ['submit', 'reject', 'approve', 'schedule'] satisfies MailEvent[];

/**
 * Emails the people a workflow step concerns, once it is committed: on
 * submit, the approvers who may sign it off (not those who wrote, edited or
 * submitted it); on reject, approval or scheduling, its author. The step is
 * read back from the audit trail (the actor's newest row on the revision),
 * so only what was really saved is announced, whichever Server Action did
 * it. Never throws: without SMTP_URL it does nothing, and any failure is
 * logged. Returns how many emails were accepted.
 */
export async function notifyWorkflowStep(actorId: string, revisionId: string): Promise<number> {
  if (!mailEnabled()) return 0;
  try {
    return await sendMails(await mailsFor(actorId, revisionId));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[notify] revision ${revisionId}: ${message}`);
    return 0;
  }
}

async function mailsFor(actorId: string, revisionId: string): Promise<Mail[]> {
  const step = await db().auditEvent.findFirst({
    where: { entityType: 'revision', entityId: revisionId, actorId },
    orderBy: { id: 'desc' },
    select: { action: true, note: true, actor: { select: { name: true } } },
  });
  if (!step || !EVENTS.includes(step.action)) return [];
  const event = step.action as MailEvent;
  const revision = await db().articleRevision.findUnique({
    where: { id: revisionId },
    include: {
      article: { select: { id: true, slug: true } },
      author: { select: { id: true, email: true, active: true } },
    },
  });
  if (!revision) return [];
  const { subject, text } = mailText({
    event,
    title: revision.title,
    actorName: step.actor?.name ?? 'Một người dùng',
    staffUrl: absoluteUrl(`/quan-tri/bai-viet/${revision.article.id}`),
    publicUrl: absoluteUrl(`/tin-tuc/${revision.article.slug}`),
    reason: event === 'reject' ? step.note : null,
    publishAt: revision.publishAt,
  });
  if (event !== 'submit') {
    const { author } = revision;
    const mailable = author.active && author.id !== actorId;
    return mailable ? [{ to: author.email, subject, text }] : [];
  }
  const involved = [revision.authorId, ...revision.contributorIds, revision.submitterId ?? ''];
  const approvers = await db().user.findMany({
    where: { role: 'APPROVER', active: true, id: { notIn: involved } },
    select: { email: true },
    orderBy: { email: 'asc' },
  });
  return approvers.map((a) => ({ to: a.email, subject, text }));
}
