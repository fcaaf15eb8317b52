'use server';

import { z } from 'zod';
import { versionSchema } from '@/lib/articles/schema';
import type { ActionState } from '@/lib/forms/action-state';
import { contentFromForm } from '@/lib/plans/content';
import {
  createPlan,
  type PlanResult,
  rejectPlanRevision,
  savePlanRevision,
  submitPlanRevision,
} from '@/lib/plans/mutations';
import { amendPlan, approvePlanRevision } from '@/lib/plans/publish';
import { idSchema } from '../_lib/article-form';
import { type ActionDone, runStaffAction } from '../_lib/run-action';

// Thin actions: runStaffAction (actor, zod, one lib/ call that checks the
// actor and parses the content again, public caches expired), then back to
// the plan's screen with what happened.

/** What the plan's screen confirms after the redirect (its ?da= codes). */
type Flash = 'saved' | 'submitted' | 'approved' | 'rejected' | 'amended';

function toPlan(result: PlanResult, flash: Flash): ActionDone {
  return {
    tags: result.tags,
    redirectTo: `/quan-tri/ke-hoach/${result.revision.planId}?da=${flash}`,
  };
}

/** The editor's fields pass through: lib/plans/content.ts reads and checks them. */
const formSchema = z.looseObject({ intent: z.enum(['save', 'submit']).catch('save') });

/** "Lưu nháp" / "Gửi duyệt" on the new-plan form. */
export async function createPlanAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, formSchema, async (actor, input) => {
    const created = await createPlan(actor, { year: input.year, content: contentFromForm(input) });
    if (input.intent !== 'submit') return toPlan(created, 'saved');
    const { id, version } = created.revision;
    return toPlan(await submitPlanRevision(actor, id, version), 'submitted');
  });
}

const revisionRef = z.object({ revisionId: idSchema, version: versionSchema });

/** "Lưu nháp" / "Gửi duyệt" on a plan's open revision. */
export async function savePlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runStaffAction(formData, formSchema.extend(revisionRef.shape), async (actor, input) => {
    const submit = input.intent === 'submit';
    const content = contentFromForm(input);
    const done = await savePlanRevision(actor, input.revisionId, input.version, content, {
      submit,
    });
    return toPlan(done, submit ? 'submitted' : 'saved');
  });
}

/** "Phê duyệt": the revision becomes what the public reads. */
export async function approvePlanAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, revisionRef, async (actor, { revisionId, version }) =>
    toPlan(await approvePlanRevision(actor, revisionId, version), 'approved'),
  );
}

/** "Từ chối" with a required "Lý do". */
export async function rejectPlanAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = revisionRef.extend({ reason: z.string().default('') });
  return runStaffAction(formData, schema, async (actor, { revisionId, version, reason }) =>
    toPlan(await rejectPlanRevision(actor, revisionId, version, { reason }), 'rejected'),
  );
}

/** "Sửa đổi kế hoạch": a new draft revision from what the public reads. */
export async function amendPlanAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, z.object({ planId: idSchema }), async (actor, { planId }) =>
    toPlan(await amendPlan(actor, planId), 'amended'),
  );
}
