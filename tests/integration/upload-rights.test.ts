import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { gradientPng } from '@/lib/seed/png';
import { createArticle, saveAndSubmitRevision, saveRevision } from '@/lib/workflow/editing';
import { ConflictError, ForbiddenError } from '@/lib/core/errors';
import { castEachTest } from '../helpers/integration';
import { tempMediaDir } from '../helpers/media';
import { CountingFile } from '../helpers/images';
import {
  articleInput,
  fieldErrorsOf,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';

// A cover sent with a save of an existing revision is checked against the
// right to edit that revision before its bytes are read, and is stored in
// the save's own transaction: a refused save leaves no file and no row.

const folder = tempMediaDir('upload-rights', { emptyEachTest: true });
const people = castEachTest();
const storedFiles = () => folder.files().map((file) => path.basename(file));

function cover() {
  const png = gradientPng(32, 18, [40, 40, 40], [220, 220, 220]);
  return { file: new CountingFile([Uint8Array.from(png)], 'anh.png'), alt: 'Ảnh minh hoạ' };
}

async function expectNoMedia() {
  expect(await db().media.count()).toBe(0);
  expect(await db().auditEvent.count({ where: { entityType: 'media' } })).toBe(0);
  expect(storedFiles()).toEqual([]);
}

describe('a cover sent with a save', () => {
  it('is stored and attached when the editor may edit the revision', async () => {
    const draft = await createArticle(people.editor, articleInput(people.categoryId));
    const upload = cover();
    const saved = await saveRevision(
      people.editor2,
      draft.revision.id,
      draft.revision.version,
      articleInput(people.categoryId),
      { cover: upload },
    );
    const revision = await storedRevision(saved.revision.id);
    const media = await db().media.findUniqueOrThrow({
      where: { id: revision.coverMediaId ?? '' },
    });
    expect(media.uploadedById).toBe(people.editor2.id);
    expect(storedFiles()).toEqual([path.basename(media.path)]);
  });

  it('is neither read nor stored when the revision is not the caller’s to edit', async () => {
    // Submitted: waiting for approval, no longer editable by anyone.
    const submitted = await submittedRevision(people.editor, people.categoryId);
    const upload = cover();
    for (const save of [saveRevision, saveAndSubmitRevision]) {
      await expect(
        save(
          people.editor2,
          submitted.revision.id,
          submitted.revision.version,
          articleInput(people.categoryId),
          { cover: upload },
        ),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    const draft = await createArticle(people.editor, articleInput(people.categoryId));
    await expect(
      saveRevision(
        people.admin,
        draft.revision.id,
        draft.revision.version,
        articleInput(people.categoryId),
        {
          cover: upload,
        },
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(upload.file.reads).toBe(0);
    await expectNoMedia();
    expect((await storedRevision(submitted.revision.id)).coverMediaId).toBeNull();
  });

  it('is neither read nor stored when the save is based on a stale version', async () => {
    const draft = await createArticle(people.editor, articleInput(people.categoryId));
    await saveRevision(
      people.editor,
      draft.revision.id,
      draft.revision.version,
      articleInput(people.categoryId),
    );
    const upload = cover();
    await expect(
      saveRevision(
        people.editor2,
        draft.revision.id,
        draft.revision.version,
        articleInput(people.categoryId),
        {
          cover: upload,
        },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(upload.file.reads).toBe(0);
    await expectNoMedia();
  });

  it('leaves no file and no row when the save fails a check made in its transaction', async () => {
    const draft = await createArticle(people.editor, articleInput(people.categoryId));
    const errors = await fieldErrorsOf(
      saveRevision(
        people.editor,
        draft.revision.id,
        draft.revision.version,
        articleInput(people.categoryId, { readMoreIds: ['khong-ton-tai'] }),
        { cover: cover() },
      ),
    );
    expect(errors.readMoreIds).toBeDefined();
    await expectNoMedia();
    expect((await storedRevision(draft.revision.id)).version).toBe(draft.revision.version);
  });
});
