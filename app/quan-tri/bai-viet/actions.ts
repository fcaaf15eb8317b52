'use server';

import { renderBody } from '@/lib/articles/render';
import { getActor } from '@/lib/auth/session';

const MAX_PREVIEW_CHARS = 100_000;

/**
 * The editor's live preview: the body through the public renderer and its
 * allow-list sanitiser, so the preview is exactly what readers will get.
 * Staff only; anyone else gets nothing.
 */
export async function previewBodyAction(markdown: unknown): Promise<string> {
  if (typeof markdown !== 'string' || !(await getActor())) return '';
  return renderBody(markdown.slice(0, MAX_PREVIEW_CHARS));
}
