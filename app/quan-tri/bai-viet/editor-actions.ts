'use server';

import { articleInputSchema } from '@/lib/articles/schema';
import { getRevisionForStaff } from '@/lib/articles/staff-queries';
import { getActor } from '@/lib/auth/session';
import { formValues, fromError, notLoggedIn } from '@/lib/forms/action-state';
import type { AutosaveResult, InlineImageState } from '@/components/workflow/editor-types';
import { uploadInlineImage } from '@/lib/workflow/inline-image';
import { htmlToMarkdown } from '@/lib/articles/paste/html-to-markdown';
import { saveRevision } from '@/lib/workflow/editing';
import { ConflictError } from '@/lib/core/errors';
import { readArticleForm, revisionRefSchema } from '../_lib/article-form';

const MAX_PASTE_CHARS = 2_000_000;

/**
 * Pasted HTML (Word, Google Docs, a web page) as Markdown, through the
 * body's sanitiser. Staff only; anyone else gets null (the editor then
 * pastes the plain text instead).
 */
export async function pasteHtmlAction(html: unknown): Promise<string | null> {
  if (typeof html !== 'string' || html.length > MAX_PASTE_CHARS) return null;
  if (!(await getActor())) return null;
  return htmlToMarkdown(html);
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** "Chèn ảnh": stores a photo for the body (same checks as a cover) and hands back its Markdown parts. */
export async function uploadInlineImageAction(formData: FormData): Promise<InlineImageState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return notLoggedIn(values);
  const file = formData.get('image');
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, fieldErrors: { image: ['Hãy chọn một tệp ảnh.'] }, values };
  }
  try {
    const image = await uploadInlineImage(actor, {
      revisionId: text(formData, 'revisionId') || undefined,
      file,
      alt: text(formData, 'alt'),
      caption: text(formData, 'caption'),
      credit: text(formData, 'credit'),
    });
    return { ok: true, message: 'Đã tải ảnh lên và chèn vào nội dung.', image };
  } catch (error) {
    return fromError(error, values);
  }
}

/**
 * Autosave of a draft: the same save as "Lưu nháp", with the same version
 * check. When someone else saved first, nothing is written and their
 * version comes back, so the editor can show both and let the user choose.
 * A draft that would not pass the form's checks yet (no title, no
 * category) is skipped, not refused.
 */
export async function autosaveAction(formData: FormData): Promise<AutosaveResult> {
  const actor = await getActor();
  if (!actor) return { status: 'failed', message: notLoggedIn().message ?? '' };
  const ref = revisionRefSchema.safeParse(formValues(formData));
  if (!ref.success) return { status: 'failed', message: 'Thiếu mã bài viết.' };
  const input = readArticleForm(formData);
  const content = articleInputSchema.safeParse(input);
  if (!content.success) {
    return { status: 'skipped', message: 'Chưa tự động lưu: bài còn thiếu thông tin bắt buộc.' };
  }
  try {
    const result = await saveRevision(actor, ref.data.revisionId, ref.data.version, input);
    return { status: 'saved', version: result.revision.version };
  } catch (error) {
    if (error instanceof ConflictError) {
      const theirs = await getRevisionForStaff(actor, ref.data.revisionId);
      const { version, title, lead, body } = theirs;
      return { status: 'conflict', theirs: { version, title, lead, body } };
    }
    return { status: 'failed', message: fromError(error).message ?? '' };
  }
}
