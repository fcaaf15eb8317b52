import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/core/actor';
import { db } from '@/lib/db/client';
import { findServedMedia } from '@/lib/media/access';
import { gradientPng } from '@/lib/seed/png';
import { amendArticle } from '@/lib/workflow/amend';
import { createArticle, saveAndSubmitRevision } from '@/lib/workflow/editing';
import { approveRevision } from '@/lib/workflow/transitions';
import { unpublishArticle } from '@/lib/workflow/unpublish';
import { castEachTest } from '../helpers/integration';
import { tempMediaDir } from '../helpers/media';
import { articleInput } from '../helpers/workflow-fixtures';

// Who may receive a media file follows the publication of the articles that
// show it, by the same published() rule as the pages.

tempMediaDir('media-access');
const people = castEachTest();

const publicViewer = async (): Promise<Actor | null> => null;
const staffViewer = (actor: Actor) => async () => actor;

function cover(shade: number) {
  const png = gradientPng(16, 9, [shade, shade, shade], [255, 255, 255]);
  return { file: new File([Uint8Array.from(png)], 'anh.png'), alt: 'Ảnh minh hoạ' };
}

async function coverPathOf(revisionId: string): Promise<string> {
  const revision = await db().articleRevision.findUniqueOrThrow({
    where: { id: revisionId },
    include: { coverMedia: true },
  });
  if (!revision.coverMedia) throw new Error('no cover');
  return revision.coverMedia.path;
}

/** A new article whose first draft carries a cover. */
async function draftWithCover() {
  const { editor, categoryId } = people;
  const draft = await createArticle(editor, articleInput(categoryId), { cover: cover(10) });
  const path = await coverPathOf(draft.revision.id);
  return { draft, path };
}

/** The same article, saved again and sent for approval by its editor. */
async function submittedWithCover() {
  const { draft, path } = await draftWithCover();
  const { editor, categoryId } = people;
  const { id, version } = draft.revision;
  const submitted = await saveAndSubmitRevision(editor, id, version, articleInput(categoryId));
  return { submitted, path };
}

describe('findServedMedia', () => {
  it('keeps a draft’s image from the public and gives it to staff, never cached', async () => {
    const { path } = await draftWithCover();
    expect(await findServedMedia(path, publicViewer)).toBeNull();
    expect(await findServedMedia(path, staffViewer(people.approver))).toMatchObject({
      audience: 'staff',
      mimeType: 'image/png',
    });
  });

  it('makes the image public once its article is published, and private again after Gỡ bài', async () => {
    const { submitted, path } = await submittedWithCover();
    const { editor, approver } = people;
    const live = await approveRevision(approver, submitted.revision.id, submitted.revision.version);
    expect(await findServedMedia(path, publicViewer)).toMatchObject({ audience: 'public' });

    await unpublishArticle(approver, live.article.id, { reason: 'Ảnh cần được thay.' });
    expect(await findServedMedia(path, publicViewer)).toBeNull();
    expect(await findServedMedia(path, staffViewer(editor))).toMatchObject({ audience: 'staff' });
  });

  it('withdraws an image replaced by a later revision, and does not publish the new one early', async () => {
    const { draft, path: first } = await draftWithCover();
    const { editor, approver, approver2, categoryId } = people;
    const v1 = await saveAndSubmitRevision(
      editor,
      draft.revision.id,
      draft.revision.version,
      articleInput(categoryId),
    );
    const live = await approveRevision(approver, v1.revision.id, v1.revision.version);
    const amended = await amendArticle(editor, live.article.id);
    // The new draft keeps the live cover: still public, it is on the live revision.
    expect(await findServedMedia(first, publicViewer)).toMatchObject({ audience: 'public' });

    const v2 = await saveAndSubmitRevision(
      editor,
      amended.revision.id,
      amended.revision.version,
      articleInput(categoryId),
      { cover: cover(120) },
    );
    const second = await coverPathOf(v2.revision.id);
    expect(await findServedMedia(second, publicViewer)).toBeNull();

    await approveRevision(approver2, v2.revision.id, v2.revision.version);
    expect(await findServedMedia(second, publicViewer)).toMatchObject({ audience: 'public' });
    expect(await findServedMedia(first, publicViewer)).toBeNull();
  });

  it('keeps a scheduled article’s image private until its time', async () => {
    const { submitted, path } = await submittedWithCover();
    const { approver } = people;
    await approveRevision(approver, submitted.revision.id, submitted.revision.version, {
      publishAt: new Date(Date.now() + 3_600_000),
    });
    expect(await findServedMedia(path, publicViewer)).toBeNull();
  });

  it('answers null for an unknown or unsafe path, for staff too', async () => {
    const staff = staffViewer(people.editor);
    expect(await findServedMedia('uploads/2026/khong-co.png', staff)).toBeNull();
    expect(await findServedMedia('../package.json', staff)).toBeNull();
  });
});
