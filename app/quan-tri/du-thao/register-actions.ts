'use server';

import { z } from 'zod';
import { versionSchema } from '@/lib/articles/schema';
import { saveDispositionEntry } from '@/lib/dispositions/entries';
import { approveRegister, rejectRegister, submitRegister } from '@/lib/dispositions/transitions';
import type { ActionState } from '@/lib/forms/action-state';
import { idSchema } from '../_lib/article-form';
import { type ActionDone, runStaffAction } from '../_lib/run-action';

// Thin actions on a consultation's register: the lib/ functions check the
// actor, the four-eyes rule and the register's version.

const back = (consultationId: string, flash: string, tags: string[] = []): ActionDone => ({
  tags,
  redirectTo: `/quan-tri/du-thao/${consultationId}/tiep-thu-giai-trinh?da=${flash}`,
});

/** "Lưu" one comment's answer. */
export async function saveEntryAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = z.object({
    consultationId: idSchema,
    feedbackId: idSchema,
    registerVersion: z.coerce.number().int().min(0),
    outcome: z.string().default(''),
    response: z.string().default(''),
    duplicateOfId: z.string().default(''),
  });
  return runStaffAction(formData, schema, async (actor, input) => {
    const { consultationId, feedbackId, registerVersion, ...entry } = input;
    await saveDispositionEntry(actor, consultationId, feedbackId, registerVersion, entry);
    return back(consultationId, 'saved');
  });
}

const registerRef = z.object({
  registerId: idSchema,
  version: versionSchema,
  consultationId: idSchema,
});

/** "Gửi duyệt" the whole register. */
export async function submitRegisterAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(
    formData,
    registerRef,
    async (actor, { registerId, version, consultationId }) => {
      await submitRegister(actor, registerId, version);
      return back(consultationId, 'submitted');
    },
  );
}

/** "Phê duyệt": publishes the register in one batch. */
export async function approveRegisterAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(
    formData,
    registerRef,
    async (actor, { registerId, version, consultationId }) => {
      const done = await approveRegister(actor, registerId, version);
      return back(consultationId, 'approved', done.tags);
    },
  );
}

/** "Từ chối" with a required "Lý do". */
export async function rejectRegisterAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = registerRef.extend({ reason: z.string().default('') });
  return runStaffAction(
    formData,
    schema,
    async (actor, { registerId, version, consultationId, reason }) => {
      await rejectRegister(actor, registerId, version, { reason });
      return back(consultationId, 'rejected');
    },
  );
}
