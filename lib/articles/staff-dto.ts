import type { Prisma } from '../generated/prisma/client';
import type { ArticleKind } from '../generated/prisma/enums';
import { mediaUrl } from './dto';
import { auditActionLabel, STATE_LABELS, stateChangeLabel } from '../core/labels';
import type { RevisionAction } from '../core/policy';
import type { RevisionState } from '../core/states';

/** Plain objects for the staff screens; no Prisma rows, no secrets. */

export type Person = { id: string; name: string };

/** The revision's cover as the editor shows it; the caption is the revision's own, else the image's. */
export type StaffCover = { mediaId: string; src: string; alt: string; caption: string };

export type StaffRevision = {
  id: string;
  articleId: string;
  number: number;
  state: RevisionState;
  stateLabel: string;
  /** Put in the form as a hidden field; send back as `expectedVersion`. */
  version: number;
  title: string;
  lead: string;
  /** Markdown, as typed; render it only through renderBody(). */
  body: string;
  source: string;
  categoryId: string;
  categoryName: string;
  changeNote: string | null;
  coverMediaId: string | null;
  coverCaption: string | null;
  cover: StaffCover | null;
  /** "Đọc thêm" targets of this revision, in order (public once it goes live). */
  readMoreIds: string[];
  /** Plan items this revision carries out (public once it goes live). */
  planItemIds: string[];
  /** Why it was last rejected (kept on the DRAFT it became, until resubmitted). */
  rejectionNote: string | null;
  author: Person;
  submitter: Person | null;
  approver: Person | null;
  contributorIds: string[];
  submittedAt: Date | null;
  approvedAt: Date | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  isLive: boolean;
  article: {
    id: string;
    slug: string;
    kind: ArticleKind;
    liveRevisionId: string | null;
    publishedAt: Date | null;
  };
  /** Which buttons to show: exactly what the server would allow. */
  allowed: Record<RevisionAction, boolean>;
};

/** One line of a dashboard list. */
export type DashboardItem = {
  revisionId: string;
  articleId: string;
  slug: string;
  number: number;
  title: string;
  state: RevisionState;
  stateLabel: string;
  categoryName: string;
  authorName: string;
  updatedAt: Date;
  submittedAt: Date | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  rejectionNote: string | null;
};

export const staffRevisionInclude = {
  category: { select: { name: true } },
  author: { select: { id: true, name: true } },
  submitter: { select: { id: true, name: true } },
  approver: { select: { id: true, name: true } },
  coverMedia: { select: { id: true, path: true, alt: true, caption: true } },
  article: {
    select: { id: true, slug: true, kind: true, liveRevisionId: true, publishedAt: true },
  },
} satisfies Prisma.ArticleRevisionInclude;

type StaffRevisionRow = Prisma.ArticleRevisionGetPayload<{ include: typeof staffRevisionInclude }>;

export function toStaffRevision(
  r: StaffRevisionRow,
  allowed: Record<RevisionAction, boolean>,
): StaffRevision {
  const { article } = r;
  return {
    id: r.id,
    articleId: r.articleId,
    number: r.number,
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    version: r.version,
    title: r.title,
    lead: r.lead,
    body: r.body,
    source: r.source,
    categoryId: r.categoryId,
    categoryName: r.category.name,
    changeNote: r.changeNote,
    coverMediaId: r.coverMediaId,
    coverCaption: r.coverCaption,
    cover: toStaffCover(r),
    readMoreIds: r.readMoreIds,
    planItemIds: r.planItemIds,
    rejectionNote: r.rejectionNote,
    author: r.author,
    submitter: r.submitter,
    approver: r.approver,
    contributorIds: r.contributorIds,
    submittedAt: r.submittedAt,
    approvedAt: r.approvedAt,
    publishAt: r.publishAt,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
    isLive: article.liveRevisionId === r.id,
    article: {
      id: article.id,
      slug: article.slug,
      kind: article.kind,
      liveRevisionId: article.liveRevisionId,
      publishedAt: article.publishedAt,
    },
    allowed,
  };
}

function toStaffCover(r: StaffRevisionRow): StaffCover | null {
  const media = r.coverMedia;
  if (!media) return null;
  return {
    mediaId: media.id,
    src: mediaUrl(media.path),
    alt: media.alt,
    caption: r.coverCaption ?? media.caption,
  };
}

export const dashboardSelect = {
  id: true,
  articleId: true,
  number: true,
  title: true,
  state: true,
  authorId: true,
  contributorIds: true,
  submitterId: true,
  updatedAt: true,
  submittedAt: true,
  publishAt: true,
  publishedAt: true,
  rejectionNote: true,
  article: { select: { slug: true } },
  category: { select: { name: true } },
  author: { select: { name: true } },
} satisfies Prisma.ArticleRevisionSelect;

export type DashboardRow = Prisma.ArticleRevisionGetPayload<{ select: typeof dashboardSelect }>;

export function toDashboardItem(r: DashboardRow): DashboardItem {
  return {
    revisionId: r.id,
    articleId: r.articleId,
    slug: r.article.slug,
    number: r.number,
    title: r.title,
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    categoryName: r.category.name,
    authorName: r.author.name,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    publishAt: r.publishAt,
    publishedAt: r.publishedAt,
    rejectionNote: r.rejectionNote,
  };
}

export type HistoryEntry = {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  actionLabel: string;
  fromState: string | null;
  toState: string | null;
  /** "Bản nháp → Chờ duyệt", or "" for a step that changed no state (a comment). */
  stateChange: string;
  note: string | null;
  revisionNumber: number | null;
  /** Only for admins. */
  ip: string | null;
};

export type ArticleHistory = {
  article: { id: string; slug: string; liveRevisionId: string | null; publishedAt: Date | null };
  revisions: {
    id: string;
    number: number;
    state: RevisionState;
    stateLabel: string;
    title: string;
    authorName: string;
    createdAt: Date;
    publishedAt: Date | null;
  }[];
  /** Newest first. */
  entries: HistoryEntry[];
};

type HistoryArticle = Prisma.ArticleGetPayload<{
  include: { revisions: { include: { author: { select: { name: true } } } } };
}>;
type HistoryAudit = Prisma.AuditEventGetPayload<{
  include: { actor: { select: { name: true } } };
}>;

export function toHistory(
  article: HistoryArticle,
  rows: HistoryAudit[],
  showIp: boolean,
): ArticleHistory {
  const numbers = new Map(article.revisions.map((r) => [r.id, r.number]));
  return {
    article: {
      id: article.id,
      slug: article.slug,
      liveRevisionId: article.liveRevisionId,
      publishedAt: article.publishedAt,
    },
    revisions: article.revisions.map((r) => ({
      id: r.id,
      number: r.number,
      state: r.state,
      stateLabel: STATE_LABELS[r.state],
      title: r.title,
      authorName: r.author.name,
      createdAt: r.createdAt,
      publishedAt: r.publishedAt,
    })),
    entries: rows.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      // No actor means the system did it (the scheduler).
      actorName: e.actor?.name ?? (e.actorId ? null : 'Hệ thống'),
      action: e.action,
      actionLabel: auditActionLabel(e.action),
      fromState: e.fromState,
      toState: e.toState,
      stateChange: stateChangeLabel(e.fromState, e.toState),
      note: e.note,
      revisionNumber: e.entityId ? (numbers.get(e.entityId) ?? null) : null,
      ip: showIp ? e.ip : null,
    })),
  };
}
