import 'server-only';
import { z } from 'zod';
import { EDITOR_FIELDS } from '@/components/workflow/editor-types';
import { type ArticleInput, versionSchema } from '@/lib/articles/schema';
import type { CoverUpload } from '@/lib/workflow/cover';

/** An id from a hidden field: a forged one is refused here or is simply not found. */
export const idSchema = z.string().trim().min(1, 'Thiếu mã bài viết.').max(64, 'Mã không hợp lệ.');

/** The hidden fields every action on a revision carries. */
export const revisionRefSchema = z.object({ revisionId: idSchema, version: versionSchema });

const text = (formData: FormData, name: string): string | undefined => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** Values of a repeated field, or undefined when the form did not carry the list at all. */
export function listField(formData: FormData, name: string, marker: string): string[] | undefined {
  if (formData.get(marker) === null) return undefined;
  return formData.getAll(name).filter((v): v is string => typeof v === 'string');
}

/**
 * The article form's FormData as the input of articleInputSchema (the
 * schema, in lib/, does the checking). Cover fields ride along for the
 * workflow to store with the revision.
 */
export function readArticleForm(formData: FormData): ArticleInput & Record<string, unknown> {
  return {
    title: text(formData, 'title') ?? '',
    lead: text(formData, 'lead') ?? '',
    body: text(formData, 'body') ?? '',
    source: text(formData, 'source') ?? '',
    categoryId: text(formData, 'categoryId') ?? '',
    changeNote: text(formData, 'changeNote'),
    readMoreIds: listField(formData, 'readMoreIds', EDITOR_FIELDS.readMoreSent),
    planItemIds: listField(formData, 'planItemIds', EDITOR_FIELDS.planItemsSent),
    coverMediaId: text(formData, 'coverMediaId') || null,
    coverCaption: text(formData, 'coverCaption') ?? '',
  };
}

/** "submit" when the user pressed "Gửi duyệt", else "save". */
export function intentOf(formData: FormData): 'save' | 'submit' {
  return formData.get(EDITOR_FIELDS.intent) === 'submit' ? 'submit' : 'save';
}

/**
 * The cover file chosen in the form, with its alt text and caption, or
 * undefined when none was chosen. Not read here: the workflow reads it only
 * once the actor's right to attach it is checked.
 */
export function readCover(formData: FormData): CoverUpload | undefined {
  const file = formData.get('cover');
  // An empty file input still sends a part (name and type vary by browser
  // and parser): no bytes means no upload.
  if (!(file instanceof File) || file.size === 0) return undefined;
  return { file, alt: text(formData, 'coverAlt') ?? '', caption: text(formData, 'coverCaption') };
}
