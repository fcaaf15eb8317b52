'use server';

import { z } from 'zod';
import { EDITOR_FIELDS } from '@/components/workflow/editor-types';
import { versionSchema } from '@/lib/articles/schema';
import {
  approveEventRevision,
  createEvent,
  type EventResult,
  rejectEventRevision,
  saveEventRevision,
  startEventRevision,
  submitEventRevision,
  takeDownEvent,
} from '@/lib/events/mutations';
import type { ActionState } from '@/lib/forms/action-state';
import { idSchema, listField, readCover } from '../_lib/article-form';
import { type ActionDone, runStaffAction } from '../_lib/run-action';

// Thin actions: runStaffAction (actor, zod, one lib/ call that checks the
// actor and parses again, public caches expired), then back to the event's
// screen with what happened.

type Flash = 'saved' | 'submitted' | 'approved' | 'rejected' | 'started' | 'taken-down';

function toEvent(result: EventResult, flash: Flash): ActionDone {
  return {
    tags: result.tags,
    redirectTo: `/quan-tri/su-kien/${result.revision.eventId}?da=${flash}`,
  };
}

/** The form's fields as lib/events/schema.ts takes them (it parses them again). */
const formSchema = z.object({
  intent: z.enum(['save', 'submit']).catch('save'),
  kind: z.string().default(''),
  title: z.string().default(''),
  startsAt: z.string().default(''),
  endsAt: z.string().default(''),
  place: z.string().default(''),
  onlineUrl: z.string().default(''),
  hostUnit: z.string().default(''),
  summary: z.string().default(''),
  videoUrl: z.string().default(''),
  reportSlugs: z.string().default(''),
});

/** The typed fields, with the plan items read as a list (Object.fromEntries keeps one). */
function fieldsOf({ intent: _i, ...fields }: z.output<typeof formSchema>, formData: FormData) {
  return {
    ...fields,
    planItemIds: listField(formData, 'planItemIds', EDITOR_FIELDS.planItemsSent),
  };
}

/** "Lưu nháp" / "Gửi duyệt" on the new-event form. */
export async function createEventAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, formSchema, async (actor, input) => {
    const created = await createEvent(actor, fieldsOf(input, formData), {
      upload: readCover(formData),
    });
    if (input.intent !== 'submit') return toEvent(created, 'saved');
    const { id, version } = created.revision;
    return toEvent(await submitEventRevision(actor, id, version), 'submitted');
  });
}

const revisionRef = z.object({ revisionId: idSchema, version: versionSchema });

/** "Lưu nháp" / "Gửi duyệt" on an event's open revision, with a photo added or some removed. */
export async function saveEventAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, formSchema.extend(revisionRef.shape), async (actor, input) => {
    const { revisionId, version, ...rest } = input;
    const submit = input.intent === 'submit';
    const remove = formData.getAll('removePhoto').filter((v): v is string => typeof v === 'string');
    const photos = { upload: readCover(formData), remove };
    const done = await saveEventRevision(actor, revisionId, version, fieldsOf(rest, formData), {
      submit,
      photos,
    });
    return toEvent(done, submit ? 'submitted' : 'saved');
  });
}

/** "Phê duyệt": published at once. */
export async function approveEventAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, revisionRef, async (actor, { revisionId, version }) =>
    toEvent(await approveEventRevision(actor, revisionId, version), 'approved'),
  );
}

/** "Từ chối" with a required "Lý do". */
export async function rejectEventAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = revisionRef.extend({ reason: z.string().default('') });
  return runStaffAction(formData, schema, async (actor, { revisionId, version, reason }) =>
    toEvent(await rejectEventRevision(actor, revisionId, version, { reason }), 'rejected'),
  );
}

/** "Gỡ sự kiện" with a required "Lý do". */
export async function takeDownEventAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = z.object({ eventId: idSchema, reason: z.string().default('') });
  return runStaffAction(formData, schema, async (actor, { eventId, reason }) =>
    toEvent(await takeDownEvent(actor, eventId, { reason }), 'taken-down'),
  );
}

/** "Cập nhật sự kiện": a new draft from the published (or taken-down) revision. */
export async function startEventRevisionAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = z.object({ eventId: idSchema });
  return runStaffAction(formData, schema, async (actor, { eventId }) =>
    toEvent(await startEventRevision(actor, eventId), 'started'),
  );
}
