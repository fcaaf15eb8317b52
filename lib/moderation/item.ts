import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import type { FeedbackAnswer } from '../generated/prisma/client';
import { NotFoundError } from '../core/errors';
import { auditActionLabel, stateLabel } from '../core/labels';
import { allowedActions, authorize, can } from '../core/policy';
import { decisionsFor, type ModerationDecision } from './decisions';
import { feedbackStateLabel } from './labels';
import { NO_SUCH_FEEDBACK } from './moderate';

/** What the answer editor may offer this person, from the articles' policy. */
export type AnswerOffers = {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  reject: boolean;
  unpublish: boolean;
};

export type AnswerView = Pick<
  FeedbackAnswer,
  'id' | 'version' | 'state' | 'body' | 'rejectionNote' | 'publishedAt' | 'updatedAt'
> & { authorName: string; offers: AnswerOffers };

export type HistoryEntry = {
  id: string;
  at: Date;
  actorName: string | null;
  label: string;
  stateChange: string;
  note: string | null;
};

const answerSelect = {
  id: true,
  version: true,
  state: true,
  body: true,
  rejectionNote: true,
  publishedAt: true,
  updatedAt: true,
  authorId: true,
  contributorIds: true,
  submitterId: true,
  author: { select: { name: true } },
} as const;

async function loadItem(id: string) {
  return db().feedback.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      state: true,
      kind: true,
      name: true,
      anonymous: true,
      body: true,
      spamScore: true,
      verifiedAt: true,
      createdAt: true,
      moderatedAt: true,
      publishedAt: true,
      rejectReason: true,
      rejectNote: true,
      groupId: true,
      erasedAt: true,
      moderator: { select: { name: true } },
      article: {
        select: {
          id: true,
          slug: true,
          feedbackMode: true,
          liveRevisionId: true,
          liveRevision: { select: { title: true } },
        },
      },
      consultation: {
        select: { id: true, slug: true, liveVersion: { select: { title: true } } },
      },
      stance: true,
      commenterType: true,
      draftVersion: { select: { number: true } },
      unit: { select: { anchor: true } },
      liveUnit: { select: { anchor: true } },
      answer: { select: answerSelect },
    },
  });
}

/**
 * One item for its moderation page: the text, its article, its group of
 * copies, the decisions that apply, its answer with what this person may
 * do with it (the articles' policy: four eyes included), and its history
 * from the audit trail. EDITOR or APPROVER only.
 */
export async function getFeedbackForModeration(actor: Actor, id: string) {
  authorize(actor, 'moderateFeedback');
  const item = await loadItem(id);
  if (!item) throw new NotFoundError(NO_SUCH_FEEDBACK);
  const { answer, article, consultation, moderator, draftVersion, unit, liveUnit, ...rest } = item;
  const groupKey = item.groupId ?? item.id;
  const [group, history] = await Promise.all([
    db().feedback.findMany({
      where: { OR: [{ id: groupKey }, { groupId: groupKey }], NOT: { id: item.id } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 50,
      select: { id: true, state: true, name: true, createdAt: true },
    }),
    historyOf(item.id, answer?.id ?? null),
  ]);
  return {
    ...rest,
    moderatorName: moderator?.name ?? null,
    target: targetOf(article, consultation),
    comment: consultation
      ? {
          versionNumber: draftVersion?.number ?? null,
          unitAnchor: unit?.anchor ?? null,
          liveUnitAnchor: liveUnit?.anchor ?? null,
        }
      : null,
    decisions: decisionsFor(item.state) satisfies ModerationDecision[],
    group,
    canAnswer:
      item.kind === 'QUESTION' &&
      item.state !== 'WITHDRAWN' &&
      !item.erasedAt &&
      can(actor, 'moderateFeedback'),
    answer: answer ? answerView(actor, answer) : null,
    history,
  };
}
export type ModerationItem = Awaited<ReturnType<typeof getFeedbackForModeration>>;

/** Where the item was sent: the article, or the consultation (its staff and public pages). */
export type ItemTarget = { kind: 'article' | 'consultation'; title: string; staffHref: string };

type Loaded = NonNullable<Awaited<ReturnType<typeof loadItem>>>;

function targetOf(article: Loaded['article'], consultation: Loaded['consultation']): ItemTarget {
  if (consultation) {
    return {
      kind: 'consultation',
      title: consultation.liveVersion?.title ?? consultation.slug,
      staffHref: `/quan-tri/du-thao/${consultation.id}`,
    };
  }
  return {
    kind: 'article',
    title: article?.liveRevision?.title ?? article?.slug ?? '',
    staffHref: `/quan-tri/bai-viet/${article?.id ?? ''}`,
  };
}

function answerView(
  actor: Actor,
  {
    author,
    authorId,
    contributorIds,
    submitterId,
    ...answer
  }: NonNullable<Awaited<ReturnType<typeof loadItem>>>['answer'] & object,
): AnswerView {
  const allowed = allowedActions(actor, {
    state: answer.state,
    authorId,
    contributorIds,
    submitterId,
  });
  const { edit, submit, approve, reject, unpublish } = allowed;
  return {
    ...answer,
    authorName: author.name,
    offers: { edit, submit, approve, reject, unpublish },
  };
}

async function historyOf(feedbackId: string, answerId: string | null): Promise<HistoryEntry[]> {
  const rows = await db().auditEvent.findMany({
    where: {
      OR: [
        { entityType: 'feedback', entityId: feedbackId },
        ...(answerId ? [{ entityType: 'feedback-answer', entityId: answerId }] : []),
      ],
    },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      at: true,
      entityType: true,
      action: true,
      fromState: true,
      toState: true,
      note: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map((r) => {
    const label = r.entityType === 'feedback' ? feedbackStateLabel : stateLabel;
    const changed = r.fromState || r.toState;
    return {
      id: r.id.toString(),
      at: r.at,
      actorName: r.actor?.name ?? null,
      label: auditActionLabel(r.action, r.entityType),
      stateChange: changed ? `${label(r.fromState)} → ${label(r.toState)}` : '',
      note: r.note,
    };
  });
}
