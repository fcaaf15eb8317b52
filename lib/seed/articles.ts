import type { AuditEntry } from '../audit/record';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { slugify } from '../text/slug';
import { goLive } from '../workflow/go-live';
import type { SeedActors } from './accounts';
import { type SeedArticle, splitSourceLead, toMarkdownBody } from './content/types';

export type ArticleSeedContext = {
  db: PrismaClient;
  categoryId: string;
  /** Resolved on first need, so a run that creates nothing creates no account. */
  actors: () => Promise<SeedActors>;
};

export type ArticleLinks = { readMoreSlugs?: string[]; planItemIds?: string[] };

const HOUR = 3_600_000;
const SEED_NOTE = 'Dữ liệu khởi tạo từ bài nguồn PLVN';

/**
 * Seeds one article as published: Article, revision 1 (PUBLISHED, written and
 * submitted by the editor, approved by the approver, at the source's dates),
 * the submit/approve audit rows, all in one transaction; the
 * workflow's goLive makes it live (links included). An article whose
 * slug exists is left entirely alone. Returns whether it was created.
 */
export async function seedArticle(
  ctx: ArticleSeedContext,
  article: SeedArticle,
  links: ArticleLinks = {},
): Promise<boolean> {
  const slug = slugify(article.title);
  const exists = await ctx.db.article.findUnique({ where: { slug }, select: { id: true } });
  if (exists) return false;
  const actors = await ctx.actors();
  const readMore = await ctx.db.article.findMany({
    where: { slug: { in: links.readMoreSlugs ?? [] } },
    select: { id: true, slug: true },
  });
  const order = links.readMoreSlugs ?? [];
  // The revision carries its links (what an approver signed off); goLive
  // makes them the article's public ones, as for any approval.
  const revisionLinks: RevisionLinks = {
    readMoreIds: [...readMore]
      .sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug))
      .map((a) => a.id),
    planItemIds: links.planItemIds ?? [],
  };
  await ctx.db.$transaction(async (tx) => {
    // No cover: the source names photos by caption but does not supply them,
    // and a stand-in picture would show nothing its caption or alt describes.
    await createPublished(tx, ctx.categoryId, slug, article, actors, {
      coverMediaId: null,
      ...revisionLinks,
    });
  });
  return true;
}

type Times = { createdAt: Date; submittedAt: Date; publishedAt: Date };
type RevisionLinks = { readMoreIds: string[]; planItemIds: string[] };
export type RevisionExtras = RevisionLinks & { coverMediaId: string | null };

function revisionData(
  article: SeedArticle,
  categoryId: string,
  { editorId, approverId }: SeedActors,
  { coverMediaId, readMoreIds, planItemIds }: RevisionExtras,
  { createdAt, submittedAt, publishedAt }: Times,
): Omit<Prisma.ArticleRevisionUncheckedCreateInput, 'articleId'> {
  const { source, lead } = splitSourceLead(article.sourceLead);
  return {
    number: 1,
    state: 'PUBLISHED',
    title: article.title,
    lead,
    body: toMarkdownBody(article),
    source,
    categoryId,
    coverMediaId,
    coverCaption: coverMediaId ? (article.photo?.caption ?? null) : null,
    readMoreIds,
    planItemIds,
    authorId: editorId,
    contributorIds: [editorId],
    submitterId: editorId,
    approverId,
    submittedAt,
    // Approved to go live at once: approval, publication and first
    // publication share one moment, as the workflow's "Phê duyệt" does.
    approvedAt: publishedAt,
    publishAt: publishedAt,
    publishedAt,
    createdAt,
    updatedAt: publishedAt,
  };
}

/** What tells a page from a news article: a PAGE, and the language of its content. */
export type SeedIdentity = { kind: 'ARTICLE' | 'PAGE'; locale: string };

/**
 * Article and revision 1, live, with the submit/approve audit rows, in the
 * caller's transaction; returns the article's id.
 */
export async function createPublished(
  tx: Prisma.TransactionClient,
  categoryId: string,
  slug: string,
  article: SeedArticle,
  actors: SeedActors,
  extras: RevisionExtras,
  identity: SeedIdentity = { kind: 'ARTICLE', locale: 'vi' },
): Promise<string> {
  const publishedAt = article.publishedAt;
  const times: Times = {
    createdAt: new Date(publishedAt.getTime() - 2 * HOUR),
    submittedAt: new Date(publishedAt.getTime() - HOUR),
    publishedAt,
  };
  const created = await tx.article.create({
    data: { slug, ...identity, categoryId, createdAt: times.createdAt, updatedAt: publishedAt },
    select: { id: true },
  });
  const revision = await tx.articleRevision.create({
    data: { ...revisionData(article, categoryId, actors, extras, times), articleId: created.id },
  });
  await goLive(tx, revision, publishedAt);
  // Seeded as of its publication day, not of the day the seed ran.
  await tx.article.update({ where: { id: created.id }, data: { updatedAt: publishedAt } });
  await auditPublication(tx, revision.id, actors, times);
  return created.id;
}

/** The trail the workflow would have left: the editor submits, the approver approves. */
async function auditPublication(
  tx: Prisma.TransactionClient,
  revisionId: string,
  { editorId, approverId }: SeedActors,
  { submittedAt, publishedAt }: Times,
): Promise<void> {
  const base = { entityType: 'revision', entityId: revisionId, note: SEED_NOTE } as const;
  const submit: AuditEntry = {
    ...base,
    actorId: editorId,
    action: 'submit',
    fromState: 'DRAFT',
    toState: 'SUBMITTED',
  };
  const approve: AuditEntry = {
    ...base,
    actorId: approverId,
    action: 'approve',
    fromState: 'SUBMITTED',
    toState: 'PUBLISHED',
  };
  await tx.auditEvent.createMany({
    data: [
      { ...submit, at: submittedAt },
      { ...approve, at: publishedAt },
    ],
  });
}
