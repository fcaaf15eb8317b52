import type { ArticleInput } from '../../lib/articles/schema';
import type { Actor } from '../../lib/core/actor';
import { db } from '../../lib/db/client';
import type { WorkflowResult } from '../../lib/workflow/dto';
import { createArticle } from '../../lib/workflow/editing';
import { ValidationError } from '../../lib/core/errors';
import { approveRevision, submitRevision } from '../../lib/workflow/transitions';
import { createCategory } from './fixtures';
import { staffActor } from './staff';

/**
 * Helpers for workflow tests: people, valid content, and articles taken
 * through the workflow's own functions by the actors a test names.
 */

let counter = 0;

/** Valid article content; each call a distinct title (and so slug). */
export function articleInput(categoryId: string, overrides: Partial<ArticleInput> = {}) {
  counter += 1;
  return {
    title: `Truyền thông chính sách số ${counter}`,
    lead: `Sa-pô của bài ${counter}.`,
    body: `Nội dung **bài ${counter}**.`,
    source: 'Bộ Kế hoạch và Đầu tư',
    categoryId,
    ...overrides,
  } satisfies ArticleInput;
}

export type Cast = {
  editor: Actor;
  editor2: Actor;
  approver: Actor;
  approver2: Actor;
  admin: Actor;
  categoryId: string;
};

/** Two editors, two approvers, an admin and a category. */
export async function cast(): Promise<Cast> {
  const category = await createCategory();
  return {
    editor: await staffActor('EDITOR'),
    editor2: await staffActor('EDITOR'),
    approver: await staffActor('APPROVER'),
    approver2: await staffActor('APPROVER'),
    admin: await staffActor('ADMIN'),
    categoryId: category.id,
  };
}

/** A draft written and submitted by `author`. */
export async function submittedRevision(
  author: Actor,
  categoryId: string,
  overrides: Partial<ArticleInput> = {},
): Promise<WorkflowResult> {
  const created = await createArticle(author, articleInput(categoryId, overrides));
  return submitRevision(author, created.revision.id, created.revision.version);
}

/** An article written by `author`, approved at once by `approver`. */
export async function publishedArticle(
  author: Actor,
  approver: Actor,
  categoryId: string,
  overrides: Partial<ArticleInput> = {},
): Promise<WorkflowResult> {
  const submitted = await submittedRevision(author, categoryId, overrides);
  return approveRevision(approver, submitted.revision.id, submitted.revision.version);
}

/** The revision row as stored (for assertions). */
export function storedRevision(id: string) {
  return db().articleRevision.findUniqueOrThrow({ where: { id } });
}

/** Audit rows of a revision, oldest first. */
export function auditOf(revisionId: string) {
  return db().auditEvent.findMany({
    where: { entityType: 'revision', entityId: revisionId },
    orderBy: { id: 'asc' },
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The field errors of a call expected to fail with ValidationError. */
export async function fieldErrorsOf(call: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await call.then(
    () => new Error('expected a ValidationError, but the call succeeded'),
    (e: unknown) => e,
  );
  if (error instanceof ValidationError) return error.fieldErrors;
  throw error;
}
