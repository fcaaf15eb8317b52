import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/core/actor';
import { db } from '@/lib/db/client';
import { findServedMedia } from '@/lib/media/access';
import { uploadInlineImage } from '@/lib/workflow/inline-image';
import { gradientPng } from '@/lib/seed/png';
import { figureMarkdown } from '@/lib/text/markdown-edit';
import { createArticle, saveAndSubmitRevision } from '@/lib/workflow/editing';
import { ForbiddenError } from '@/lib/core/errors';
import { approveRevision } from '@/lib/workflow/transitions';
import { unpublishArticle } from '@/lib/workflow/unpublish';
import { resetDatabase } from '../helpers/integration';
import { withTempMediaDir } from '../helpers/media-dir';
import { articleInput, type Cast, cast, fieldErrorsOf } from '../helpers/workflow-fixtures';

// A photo inside an article's body: uploaded with the cover's checks, by
// someone who may edit the article, and public only while a published
// article's body shows it.

let people: Cast;

const publicViewer = async (): Promise<Actor | null> => null;

function photo(alt = 'Ảnh trong bài') {
  const png = gradientPng(16, 9, [40, 40, 40], [255, 255, 255]);
  return { file: new File([Uint8Array.from(png)], 'anh.png'), alt };
}

const stored = (src: string) => decodeURIComponent(src.replace(/^\/media\//, ''));

withTempMediaDir('inline-images-');

beforeEach(async () => {
  await resetDatabase();
  people = await cast();
});

describe('uploadInlineImage', () => {
  it('stores the photo with its caption and credit, under the editor’s rights', async () => {
    const { editor, categoryId } = people;
    const draft = await createArticle(editor, articleInput(categoryId));
    const image = await uploadInlineImage(editor, {
      revisionId: draft.revision.id,
      ...photo(),
      caption: 'Chú thích',
      credit: 'Minh Anh',
    });
    expect(image.src).toMatch(/^\/media\/uploads\/\d{4}\/[\w-]+\.png$/);
    const row = await db().media.findUniqueOrThrow({ where: { path: stored(image.src) } });
    expect(row).toMatchObject({ alt: 'Ảnh trong bài', caption: 'Chú thích', credit: 'Minh Anh' });
  });

  it('refuses a photo without alt text, naming the dialog’s field, and stores nothing', async () => {
    const { editor } = people;
    const errors = await fieldErrorsOf(uploadInlineImage(editor, photo('  ')));
    expect(errors.alt?.[0]).toMatch(/mô tả ảnh/);
    expect(await db().media.count()).toBe(0);
  });

  it('refuses an approver uploading into a revision they may not edit (a submitted one)', async () => {
    const { editor, approver, categoryId } = people;
    const draft = await createArticle(editor, articleInput(categoryId), { submit: true });
    await expect(
      uploadInlineImage(approver, { revisionId: draft.revision.id, ...photo() }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().media.count()).toBe(0);
  });
});

describe('an inline photo’s visibility', () => {
  it('is private in a draft, public once published in the body, private again after Gỡ bài', async () => {
    const { editor, approver, categoryId } = people;
    const image = await uploadInlineImage(editor, { ...photo(), caption: 'Họp báo' });
    const body = `Mở đầu.\n\n${figureMarkdown(image)}\n\nKết.`;
    const draft = await createArticle(editor, articleInput(categoryId, { body }));
    const mediaPath = stored(image.src);
    expect(await findServedMedia(mediaPath, publicViewer)).toBeNull();

    const submitted = await saveAndSubmitRevision(
      editor,
      draft.revision.id,
      draft.revision.version,
      articleInput(categoryId, { body }),
    );
    const live = await approveRevision(approver, submitted.revision.id, submitted.revision.version);
    expect(await findServedMedia(mediaPath, publicViewer)).toMatchObject({ audience: 'public' });

    await unpublishArticle(approver, live.article.id, { reason: 'Ảnh cần được thay.' });
    expect(await findServedMedia(mediaPath, publicViewer)).toBeNull();
  });

  it('is not made public by a published body that only names a longer path', async () => {
    const { editor, approver, categoryId } = people;
    const image = await uploadInlineImage(editor, photo());
    const body = `![x](${image.src}.png)`;
    const published = await createArticle(editor, articleInput(categoryId, { body }), {
      submit: true,
    });
    await approveRevision(approver, published.revision.id, published.revision.version);
    expect(await findServedMedia(stored(image.src), publicViewer)).toBeNull();
  });
});
