import { describe, expect, it } from 'vitest';
import {
  loadCategoryArticles,
  loadLatestArticles,
  loadPublishedArticle,
  loadRelatedArticles,
} from '../../lib/articles/queries';
import { db } from '../../lib/db/client';
import { amendArticle } from '../../lib/workflow/amend';
import { createArticle, saveRevision } from '../../lib/workflow/editing';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/core/errors';
import { approveRevision, rejectRevision, submitRevision } from '../../lib/workflow/transitions';
import { unpublishArticle } from '../../lib/workflow/unpublish';
import { castEachTest } from '../helpers/integration';
import { createCategory } from '../helpers/fixtures';
import { createMedia, tempMediaDir } from '../helpers/media';
import {
  articleInput,
  auditOf,
  fieldErrorsOf,
  publishedArticle,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';

const c = castEachTest();
tempMediaDir('workflow-lifecycle');

describe('draft -> submit -> reject -> edit -> resubmit -> approve', () => {
  it('goes public only on approval, with every step audited', async () => {
    const created = await createArticle(
      c.editor,
      articleInput(c.categoryId, { title: 'Đổi mới truyền thông' }),
    );
    expect(created.article.slug).toBe('doi-moi-truyen-thong');
    const s1 = await submitRevision(c.editor, created.revision.id, created.revision.version);
    expect(await loadPublishedArticle('doi-moi-truyen-thong')).toBeNull();

    await expect(
      rejectRevision(c.approver, s1.revision.id, s1.revision.version, { reason: '  ' }),
    ).rejects.toThrow(ValidationError);
    expect((await storedRevision(s1.revision.id)).state).toBe('SUBMITTED');

    const rejected = await rejectRevision(c.approver, s1.revision.id, s1.revision.version, {
      reason: 'Thiếu nguồn số liệu',
    });
    expect(rejected.revision.state).toBe('REJECTED');
    expect((await storedRevision(s1.revision.id)).rejectionNote).toBe('Thiếu nguồn số liệu');

    const edited = await saveRevision(
      c.editor,
      s1.revision.id,
      rejected.revision.version,
      articleInput(c.categoryId, { title: 'Đổi mới truyền thông', source: 'Tổng cục Thống kê' }),
    );
    expect(edited.revision.state).toBe('DRAFT');
    const s2 = await submitRevision(c.editor, edited.revision.id, edited.revision.version);
    const approved = await approveRevision(c.approver2, s2.revision.id, s2.revision.version);
    expect(approved.tags).toContain('article:doi-moi-truyen-thong');

    const page = await loadPublishedArticle('doi-moi-truyen-thong');
    expect(page?.title).toBe('Đổi mới truyền thông');
    const trail = await auditOf(created.revision.id);
    expect(trail.map((a) => `${a.action}:${a.fromState ?? ''}->${a.toState}`)).toEqual([
      'create:->DRAFT',
      'submit:DRAFT->SUBMITTED',
      'reject:SUBMITTED->REJECTED',
      'edit:REJECTED->DRAFT',
      'submit:DRAFT->SUBMITTED',
      'approve:SUBMITTED->PUBLISHED',
    ]);
    expect(trail[2]).toMatchObject({
      actorId: c.approver.id,
      note: 'Thiếu nguồn số liệu',
      ip: '203.0.113.7',
    });
  });
});

describe('bad input', () => {
  it('a slug already taken is a field error on the title, and nothing is saved', async () => {
    await createArticle(c.editor, articleInput(c.categoryId, { title: 'Hội nghị số' }));
    const errors = await fieldErrorsOf(
      createArticle(c.editor, articleInput(c.categoryId, { title: 'Hội nghị: số!' })),
    );
    expect(errors.title?.[0]).toMatch(/"hoi-nghi-so".*đã thuộc về một bài viết khác/);
    expect(await db().article.count()).toBe(1);
  });

  it('an unknown or inactive category is a field error, and nothing is saved', async () => {
    const unknown = await fieldErrorsOf(createArticle(c.editor, articleInput('khong-co-ma-nay')));
    expect(unknown).toEqual({ categoryId: [expect.stringMatching(/Chuyên mục không tồn tại/)] });
    const inactive = await createCategory({ active: false });
    const errors = await fieldErrorsOf(createArticle(c.editor, articleInput(inactive.id)));
    expect(Object.keys(errors)).toEqual(['categoryId']);
    expect(await db().article.count()).toBe(0);
  });

  it('keeps a real cover image, refuses an unknown one, and carries it into an amendment', async () => {
    const errors = await fieldErrorsOf(
      createArticle(c.editor, articleInput(c.categoryId, { coverMediaId: 'anh-khong-co' })),
    );
    expect(Object.keys(errors)).toEqual(['coverMediaId']);
    const media = await createMedia();
    const live = await publishedArticle(c.editor, c.approver, c.categoryId, {
      coverMediaId: media.id,
      coverCaption: 'Toàn cảnh hội nghị',
    });
    const draft = await amendArticle(c.editor, live.article.id);
    expect(await storedRevision(draft.revision.id)).toMatchObject({
      coverMediaId: media.id,
      coverCaption: 'Toàn cảnh hội nghị',
    });
    // A save that does not mention the cover keeps it; an empty value removes it.
    const kept = await saveRevision(
      c.editor,
      draft.revision.id,
      draft.revision.version,
      articleInput(c.categoryId),
    );
    expect((await storedRevision(kept.revision.id)).coverMediaId).toBe(media.id);
    await saveRevision(
      c.editor,
      draft.revision.id,
      kept.revision.version,
      articleInput(c.categoryId, { coverMediaId: '' }),
    );
    expect((await storedRevision(kept.revision.id)).coverMediaId).toBeNull();
  });

  it('a forged revision or article id is NotFoundError', async () => {
    const forged = "x' OR '1'='1";
    await expect(approveRevision(c.approver, forged, 1)).rejects.toThrow(NotFoundError);
    await expect(saveRevision(c.editor, forged, 1, articleInput(c.categoryId))).rejects.toThrow(
      NotFoundError,
    );
    await expect(unpublishArticle(c.approver, forged, { reason: 'x' })).rejects.toThrow(
      NotFoundError,
    );
    await expect(amendArticle(c.editor, forged)).rejects.toThrow(NotFoundError);
  });

  it('a body full of <script> and onerror= is stored as the text typed', async () => {
    const body = '<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>';
    const created = await createArticle(c.editor, articleInput(c.categoryId, { body }));
    expect((await storedRevision(created.revision.id)).body).toBe(body);
  });

  it('a submitted revision cannot be edited', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    await expect(
      saveRevision(c.editor, s.revision.id, s.revision.version, articleInput(c.categoryId)),
    ).rejects.toThrow(/Trạng thái/);
  });
});

describe('amending a published article', () => {
  it('the public keeps the live revision until the new one is approved, then the old is SUPERSEDED', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId, { title: 'Bài gốc' });
    const slug = live.article.slug;
    const draft = await amendArticle(c.editor2, live.article.id);
    expect(draft.revision.number).toBe(2);
    const saved = await saveRevision(
      c.editor2,
      draft.revision.id,
      draft.revision.version,
      articleInput(c.categoryId, {
        title: 'Bài gốc (đã cập nhật)',
        changeNote: 'Bổ sung số liệu quý III',
      }),
    );
    expect(saved.article.slug).toBe(slug); // the slug is fixed once published
    await expect(amendArticle(c.editor, live.article.id)).rejects.toThrow(ConflictError);

    const s = await submitRevision(c.editor2, saved.revision.id, saved.revision.version);
    expect((await loadPublishedArticle(slug))?.title).toBe('Bài gốc');

    await approveRevision(c.approver, s.revision.id, s.revision.version);
    expect((await loadPublishedArticle(slug))?.title).toBe('Bài gốc (đã cập nhật)');
    expect((await storedRevision(live.revision.id)).state).toBe('SUPERSEDED');
    const article = await db().article.findUniqueOrThrow({ where: { id: live.article.id } });
    expect(article.liveRevisionId).toBe(s.revision.id);
    expect(article.publishedAt).toEqual(live.article.publishedAt); // first publication kept
  });
});

describe('unpublishing', () => {
  it('requires a reason, then removes the article from every public query', async () => {
    const other = await publishedArticle(c.editor, c.approver, c.categoryId);
    const live = await publishedArticle(c.editor, c.approver, c.categoryId, { title: 'Sẽ bị gỡ' });
    const slug = live.article.slug;
    expect((await loadLatestArticles(10)).map((a) => a.slug)).toContain(slug);

    await expect(unpublishArticle(c.approver2, live.article.id, { reason: '' })).rejects.toThrow(
      ValidationError,
    );
    expect(await loadPublishedArticle(slug)).not.toBeNull();

    const result = await unpublishArticle(c.approver2, live.article.id, {
      reason: 'Sai thông tin',
    });
    expect(result.tags).toContain(`article:${slug}`);
    expect(await loadPublishedArticle(slug)).toBeNull();
    expect((await loadLatestArticles(10)).map((a) => a.slug)).not.toContain(slug);
    const listed = await loadCategoryArticles(c.categoryId, 1);
    expect(listed?.items.map((a) => a.slug)).toEqual([other.article.slug]);
    const related = await loadRelatedArticles(other.article.id, c.categoryId);
    expect(related.map((a) => a.slug)).not.toContain(slug);
    expect((await storedRevision(live.revision.id)).state).toBe('UNPUBLISHED');
    await expect(
      unpublishArticle(c.approver2, live.article.id, { reason: 'Lần nữa' }),
    ).rejects.toThrow(ConflictError);
  });

  it('a taken-down article comes back at the same address through an approved new revision', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    await unpublishArticle(c.approver2, live.article.id, { reason: 'Tạm gỡ' });
    const draft = await amendArticle(c.editor, live.article.id);
    const s = await submitRevision(c.editor, draft.revision.id, draft.revision.version);
    expect(await loadPublishedArticle(live.article.slug)).toBeNull();
    await approveRevision(c.approver2, s.revision.id, s.revision.version);
    expect(await loadPublishedArticle(live.article.slug)).not.toBeNull();
    expect((await storedRevision(live.revision.id)).state).toBe('UNPUBLISHED');
  });
});
