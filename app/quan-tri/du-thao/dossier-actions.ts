'use server';

import { z } from 'zod';
import { versionSchema } from '@/lib/articles/schema';
import { addDossierFile, removeDossierFile } from '@/lib/consultations/dossier';
import type { ActionState } from '@/lib/forms/action-state';
import { idSchema } from '../_lib/article-form';
import { runStaffAction } from '../_lib/run-action';

// Thin actions on a version's dossier: the lib/ functions check the actor,
// the file's bytes and the version the editor saw.

const versionRef = z.object({ versionId: idSchema, version: versionSchema });

/** "Tải lên": one PDF or .docx into the dossier of the version on screen. */
export async function addDossierFileAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = versionRef.extend({
    kind: z.string().default(''),
    title: z.string().default(''),
    dossierFile: z.unknown(),
  });
  return runStaffAction(formData, schema, async (actor, input) => {
    const { versionId, version, kind, title, dossierFile } = input;
    const done = await addDossierFile(actor, versionId, version, {
      kind,
      title,
      file: dossierFile,
    });
    return { redirectTo: `/quan-tri/du-thao/${done.version.consultationId}?da=dossier-added` };
  });
}

/** "Bỏ tệp …": takes one file out of the version's dossier. */
export async function removeDossierFileAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = versionRef.extend({ fileId: idSchema });
  return runStaffAction(formData, schema, async (actor, { versionId, version, fileId }) => {
    const done = await removeDossierFile(actor, versionId, version, fileId);
    return { redirectTo: `/quan-tri/du-thao/${done.version.consultationId}?da=dossier-removed` };
  });
}
