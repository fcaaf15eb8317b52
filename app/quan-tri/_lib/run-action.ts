import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { Actor } from '@/lib/core/actor';
import { getActor } from '@/lib/auth/session';
import { expireTags } from '@/lib/cache/expire';
import {
  type ActionState,
  formValues,
  fromError,
  fromZodError,
  notLoggedIn,
} from '@/lib/forms/action-state';
import type { WorkflowResult } from '@/lib/workflow/dto';
import { afterWorkflowStep } from './after-step';

/** What a Server Action's one lib/ call did, and where the user goes next. */
export type ActionDone = {
  /** The confirmation shown in the form when it stays on the page. */
  message?: string;
  /** Cache tags of public pages that changed. */
  tags?: string[];
  /** The page to go to; without it the form stays and `revalidate` is re-rendered. */
  redirectTo?: string;
  revalidate?: string;
  /** The revision a workflow step changed: its after-effects run (counts, email). */
  workflowRevisionId?: string;
};

/**
 * The body of every thin staff Server Action: keep what was typed (never a
 * password or a file), check who is calling, parse the fields with the lib/
 * schema, call one lib/ function (which checks the actor again, and parses
 * its own input), expire what it says changed, then go on or re-render.
 * A refusal comes back as form state with the typed values.
 */
export async function runStaffAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  step: (actor: Actor, input: z.output<S>) => Promise<ActionDone>,
): Promise<ActionState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return notLoggedIn(values);
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const done = await step(actor, parsed.data);
    expireTags(done.tags ?? []);
    if (done.workflowRevisionId) afterWorkflowStep(actor.id, done.workflowRevisionId);
    if (done.redirectTo) redirect(done.redirectTo);
    if (done.revalidate) revalidatePath(done.revalidate);
    return { ok: true, message: done.message };
  } catch (error) {
    return fromError(error, values); // rethrows the redirect signal untouched
  }
}

/** An admin screen's action: the form stays on `path`, re-rendered with the message. */
export function runAdminAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  path: string,
  step: (actor: Actor, input: z.output<S>) => Promise<{ message: string; tags?: string[] }>,
): Promise<ActionState> {
  return runStaffAction(formData, schema, async (actor, input) => ({
    ...(await step(actor, input)),
    revalidate: path,
  }));
}

/**
 * Back to the article's screen with a confirmation code, its public pages
 * expired and the step's after-effects started.
 */
export function toArticle(result: WorkflowResult, flash: string): ActionDone {
  return {
    tags: result.tags,
    redirectTo: `/quan-tri/bai-viet/${result.article.id}?da=${flash}`,
    workflowRevisionId: result.revision.id,
  };
}
