'use server';

import { z } from 'zod';
import { versionSchema } from '@/lib/articles/schema';
import { draftTextFrom } from '@/lib/consultations/draft-upload';
import {
  approveConsultationVersion,
  createConsultation,
  rejectConsultationVersion,
  saveConsultationVersion,
  startConsultationVersion,
  submitConsultationVersion,
  type VersionResult,
} from '@/lib/consultations/mutations';
import type { ActionState } from '@/lib/forms/action-state';
import { idSchema } from '../_lib/article-form';
import { type ActionDone, runStaffAction } from '../_lib/run-action';

// Thin actions: runStaffAction (actor, zod, one lib/ call that checks the
// actor and parses again, public caches expired), then back to the
// consultation's screen with what happened.

/** What the consultation's screen confirms after the redirect (its ?da= codes). */
type Flash = 'saved' | 'submitted' | 'approved' | 'rejected' | 'started';

function toConsultation(result: VersionResult, flash: Flash): ActionDone {
  return {
    tags: result.tags,
    redirectTo: `/quan-tri/du-thao/${result.version.consultationId}?da=${flash}`,
  };
}

/** The form's fields as the lib/ schema takes them; the .docx, when chosen, replaces the pasted text. */
const formSchema = z.object({
  intent: z.enum(['save', 'submit']).catch('save'),
  title: z.string().default(''),
  documentType: z.string().default(''),
  draftingUnit: z.string().default(''),
  summary: z.string().default(''),
  contact: z.string().default(''),
  opensAt: z.string().default(''),
  closesAt: z.string().default(''),
  shortWindowReason: z.string().default(''),
  draftText: z.string().default(''),
  docx: z.unknown(),
});
type FormInput = z.output<typeof formSchema>;

async function contentOf({ intent: _i, docx, ...fields }: FormInput) {
  return { ...fields, draftText: await draftTextFrom(fields.draftText, docx) };
}

/** "Lưu nháp" / "Gửi duyệt" on the new-consultation form. */
export async function createConsultationAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, formSchema, async (actor, input) => {
    const created = await createConsultation(actor, await contentOf(input));
    if (input.intent !== 'submit') return toConsultation(created, 'saved');
    const { id, version } = created.version;
    return toConsultation(await submitConsultationVersion(actor, id, version), 'submitted');
  });
}

const versionRef = z.object({ versionId: idSchema, version: versionSchema });

/** "Lưu nháp" / "Gửi duyệt" on a consultation's version. */
export async function saveConsultationAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, formSchema.extend(versionRef.shape), async (actor, input) => {
    const { versionId, version, ...rest } = input;
    const submit = input.intent === 'submit';
    const content = await contentOf(rest);
    const done = await saveConsultationVersion(actor, versionId, version, content, { submit });
    return toConsultation(done, submit ? 'submitted' : 'saved');
  });
}

/** "Phê duyệt", with the written reason a short window needs. */
export async function approveConsultationAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = versionRef.extend({ shortWindowReason: z.string().default('') });
  return runStaffAction(
    formData,
    schema,
    async (actor, { versionId, version, shortWindowReason }) =>
      toConsultation(
        await approveConsultationVersion(actor, versionId, version, { shortWindowReason }),
        'approved',
      ),
  );
}

/** "Từ chối" with a required "Lý do". */
export async function rejectConsultationAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = versionRef.extend({ reason: z.string().default('') });
  return runStaffAction(formData, schema, async (actor, { versionId, version, reason }) =>
    toConsultation(
      await rejectConsultationVersion(actor, versionId, version, { reason }),
      'rejected',
    ),
  );
}

/** "Tạo phiên bản mới" from the published version. */
export async function startVersionAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = z.object({ consultationId: idSchema });
  return runStaffAction(formData, schema, async (actor, { consultationId }) =>
    toConsultation(await startConsultationVersion(actor, consultationId), 'started'),
  );
}
