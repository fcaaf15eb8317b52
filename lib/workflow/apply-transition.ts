import 'server-only';
import type { Actor } from '../core/actor';
import { tagsForArticle } from '../cache/tags';
import type { Article, ArticleRevision, Prisma } from '../generated/prisma/client';
import { ConflictError, ForbiddenError } from '../core/errors';
import { goLive, takeDown } from './go-live';
import { authorize } from '../core/policy';
import {
  type ActionRule,
  nextState,
  REAL_TABLE,
  type RevisionAction,
  type RevisionState,
  WORKFLOW,
  type WorkflowEvent,
} from '../core/states';
import { auditRevision, guardedUpdate, loadRevision, type Tx } from './tx';

/** The content of a new revision; who writes it and its state come from startRevision. */
export type NewRevision = Omit<
  Prisma.ArticleRevisionUncheckedCreateInput,
  'state' | 'authorId' | 'contributorIds'
>;

/**
 * A new revision of an article (its first, or an amendment), in the
 * table's initial state, written by `actor`, with its audit row ("create"
 * or "amend", from no state). The caller's transaction holds whatever
 * guards the article (its row lock, the unique revision number).
 */
export async function startRevision(
  tx: Tx,
  actor: Actor,
  data: NewRevision,
  audit: { action: 'create' | 'amend'; note?: string },
): Promise<ArticleRevision> {
  const revision = await tx.articleRevision.create({
    data: { ...data, state: WORKFLOW.initial, authorId: actor.id, contributorIds: [actor.id] },
  });
  const entry = { revisionId: revision.id, from: null, to: revision.state, ...audit };
  await auditRevision(tx, actor, entry);
  return revision;
}

/** A change of state: a person's action (checked by the policy), or a system event. */
export type Step = ({ action: RevisionAction } | { systemEvent: WorkflowEvent }) & {
  /** Columns written with the new state (who signed off, when, the reason...). */
  data?: Prisma.ArticleRevisionUncheckedUpdateManyInput;
  /** Kept in the audit row. */
  note?: string | null;
  /** Checks that need the database (e.g. the content's references), once the policy has agreed. */
  verify?: () => Promise<void>;
};

/**
 * What a transition did, for what follows it after the commit (cache tags,
 * notifications): the event, the states, the revision and article as now
 * stored, and the cache tags of public pages that changed (none when
 * nothing public did).
 */
export type Transitioned = {
  event: WorkflowEvent;
  from: RevisionState;
  to: RevisionState;
  revision: ArticleRevision;
  article: Article;
  tags: string[];
};

/** The event a step makes happen; for a person, only once the policy allows it. */
function eventOf(actor: Actor | null, revision: ArticleRevision, step: Step): WorkflowEvent {
  if ('systemEvent' in step) {
    if (!REAL_TABLE.systemEvents.includes(step.systemEvent)) {
      throw new Error(`${step.systemEvent} is not done by the system`);
    }
    return step.systemEvent;
  }
  if (!actor) throw new ForbiddenError();
  authorize(actor, step.action, revision);
  const rule: ActionRule<RevisionState, WorkflowEvent> = WORKFLOW.actions[step.action];
  if (!rule.event) throw new Error(`${step.action} changes no state`);
  return rule.event;
}

/**
 * Every state change of a revision, a person's or the system's, inside the
 * caller's transaction, on a revision it has loaded: the event must be in
 * the transition table for the revision's state (and, for a person, allowed
 * by the policy); the state and version are compared and set in one UPDATE
 * (zero rows: ConflictError, someone acted first); the audit row is written;
 * then what the change means for the public (publicEffects). `actor` is who
 * acts, or on whose behalf the system does (null: the scheduler).
 */
export async function applyTransition(
  tx: Tx,
  actor: Actor | null,
  revision: ArticleRevision,
  step: Step,
): Promise<Transitioned> {
  const event = eventOf(actor, revision, step);
  const from = revision.state;
  const to = nextState(from, event);
  if (!to) throw new ConflictError(); // it has moved on since it was read
  await step.verify?.();
  const key = { id: revision.id, state: from, version: revision.version };
  await guardedUpdate(tx, key, { ...step.data, state: to });
  const note = step.note;
  await auditRevision(tx, actor, { revisionId: revision.id, action: event, from, to, note });
  const updated = await loadRevision(tx, revision.id);
  const { article, tags } = await publicEffects(tx, actor, updated, from);
  return { event, from, to, revision: updated, article, tags };
}

/**
 * What a change of state means for readers, same transaction: entering the
 * live state makes the revision the one they see (goLive, at its
 * publication time) and supersedes the one it replaced; leaving it takes the
 * article down, unless a newer revision has already replaced it (supersede).
 */
async function publicEffects(
  tx: Tx,
  actor: Actor | null,
  revision: ArticleRevision,
  from: RevisionState,
): Promise<{ article: Article; tags: string[] }> {
  const live = WORKFLOW.live;
  if (revision.state === live && from !== live) {
    const { article, replaced } = await goLive(tx, revision, revision.publishedAt ?? new Date());
    if (replaced) {
      const note = `Được thay bằng phiên bản ${revision.number}`;
      await applyTransition(tx, actor, replaced, { systemEvent: 'supersede', note });
    }
    return { article, tags: tagsForArticle(article.slug) };
  }
  const article = await tx.article.findUniqueOrThrow({ where: { id: revision.articleId } });
  if (from === live && revision.state !== live && article.liveRevisionId === revision.id) {
    return { article: await takeDown(tx, article), tags: tagsForArticle(article.slug) };
  }
  return { article, tags: [] };
}
