import 'server-only';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { COMMENTER_TYPE_LABELS } from '../comments/labels';
import { publishedConsultation } from '../consultations/published';
import { type FlatUnit, unitTree, type UnitNode } from '../consultations/unit-tree';
import { db } from '../db/client';
import { isSlug } from '../text/slug';
import { isGroupLead } from './comments';
import { OUTCOME_LABELS } from './outcomes';

/** One line of the published register, in the official table's order of columns. */
export type RegisterRow = {
  /** STT. */
  number: number;
  feedbackId: string;
  /** "khoản 2 Điều 5" or "Toàn bộ dự thảo". */
  provision: string;
  /** The version the comment was made on: "góp ý trên dự thảo lần N". */
  versionNumber: number;
  body: string;
  /** "Nguyễn Văn A (Cá nhân)"; a group adds how many sent the same. */
  commenter: string;
  /** 1, or the number of near-identical comments answered together. */
  groupSize: number;
  outcome: string;
  response: string;
  /** For "Trùng": the STT of the row it repeats. */
  duplicateOf: number | null;
  /** Where the provision is in the next version; `note` when there is no link to give. */
  next: { href: string; label: string } | { note: string } | null;
};

export type PublicRegister = {
  slug: string;
  title: string;
  draftingUnit: string;
  publishedAt: string;
  rows: RegisterRow[];
  /**
   * Every published comment's row number, copies in a group included: how
   * the consultation's page shows each comment its answer (#y-kien-N).
   */
  rowOf: Record<string, number>;
};

/** Each comment (a group's copies with their first item) to the number of the row that answers it. */
function rowNumbers(
  comments: readonly RegisterComment[],
  rows: readonly RegisterRow[],
): Record<string, number> {
  const byLead = new Map(rows.map((r) => [r.feedbackId, r.number]));
  const out: Record<string, number> = {};
  for (const c of comments) {
    const n = byLead.get(c.id) ?? byLead.get(c.groupId ?? '');
    if (n) out[c.id] = n;
  }
  return out;
}

/** Citations of every unit of the given versions, by unit id. */
export async function citations(versionIds: string[]): Promise<Map<string, string>> {
  const units = await db().draftUnit.findMany({
    where: { versionId: { in: versionIds } },
    orderBy: [{ versionId: 'asc' }, { position: 'asc' }],
  });
  const byVersion = new Map<string, FlatUnit[]>();
  for (const u of units) byVersion.set(u.versionId, [...(byVersion.get(u.versionId) ?? []), u]);
  const out = new Map<string, string>();
  const visit = (node: UnitNode) => {
    out.set(node.id, node.citation);
    node.children.forEach(visit);
  };
  for (const list of byVersion.values()) unitTree(list).forEach(visit);
  return out;
}

const commentSelect = {
  id: true,
  groupId: true,
  name: true,
  anonymous: true,
  erasedAt: true,
  commenterType: true,
  body: true,
  createdAt: true,
  draftVersion: { select: { id: true, number: true } },
  unit: { select: { id: true, position: true, versionId: true } },
  liveUnit: { select: { id: true, anchor: true, versionId: true } },
  disposition: { select: { outcome: true, response: true, duplicateOfId: true } },
} as const;

export type RegisterComment = NonNullable<Awaited<ReturnType<typeof loadComments>>>[number];
type Live = { id: string; number: number };

export function loadComments(consultationId: string) {
  return db().feedback.findMany({
    where: { consultationId, state: 'PUBLISHED' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: commentSelect,
  });
}

export function commenterOf(c: RegisterComment): string {
  const name = c.anonymous || c.erasedAt ? 'Bạn đọc' : c.name;
  return c.commenterType ? `${name} (${COMMENTER_TYPE_LABELS[c.commenterType]})` : name;
}

/** The provision in the live version, when a later version than the comment's is live. */
function nextOf(
  c: RegisterComment,
  live: Live,
  slug: string,
  cite: Map<string, string>,
): RegisterRow['next'] {
  if (!c.unit || !c.draftVersion || live.number <= c.draftVersion.number) return null;
  const unit = c.liveUnit?.versionId === live.id ? c.liveUnit : null;
  if (!unit) return { note: `Đã bỏ ở dự thảo lần ${live.number}` };
  const label = `${cite.get(unit.id) ?? unit.anchor}, dự thảo lần ${live.number}`;
  return { href: `/du-thao/${slug}#${unit.anchor}`, label };
}

/** The answered comments in the table's order: by version, then by place in the text (whole draft first). */
function ordered(comments: RegisterComment[]): RegisterComment[] {
  const key = (c: RegisterComment) => [c.draftVersion?.number ?? 0, c.unit ? c.unit.position : -1];
  return comments
    .filter((c) => isGroupLead(c) && c.disposition)
    .sort((a, b) => {
      const [av, ap] = key(a);
      const [bv, bp] = key(b);
      return (
        (av ?? 0) - (bv ?? 0) ||
        (ap ?? 0) - (bp ?? 0) ||
        a.createdAt.getTime() - b.createdAt.getTime()
      );
    });
}

function rowsOf(
  comments: RegisterComment[],
  live: Live,
  slug: string,
  cite: Map<string, string>,
): RegisterRow[] {
  // A group is its first item and the copies whose groupId names it.
  const sizes = new Map<string, number>();
  for (const c of comments) {
    if (c.groupId && c.groupId !== c.id) sizes.set(c.groupId, (sizes.get(c.groupId) ?? 0) + 1);
  }
  const leads = ordered(comments);
  const numberOf = new Map(leads.map((c, i) => [c.id, i + 1]));
  return leads.map((c, i) => {
    const d = c.disposition ?? { outcome: 'EXPLAINED' as const, response: '', duplicateOfId: null };
    const size = 1 + (sizes.get(c.id) ?? 0);
    return {
      number: i + 1,
      feedbackId: c.id,
      provision: c.unit ? (cite.get(c.unit.id) ?? '') : 'Toàn bộ dự thảo',
      versionNumber: c.draftVersion?.number ?? 1,
      body: c.body,
      commenter:
        size > 1 ? `${commenterOf(c)} và ${size - 1} ý kiến giống nội dung` : commenterOf(c),
      groupSize: size,
      outcome: OUTCOME_LABELS[d.outcome],
      response: d.response,
      duplicateOf: d.duplicateOfId ? (numberOf.get(d.duplicateOfId) ?? null) : null,
      next: nextOf(c, live, slug, cite),
    };
  });
}

/** The published register of the published consultation at `slug`, or null (nothing before publication). */
export async function loadPublicRegister(
  slug: string,
  now: Date = new Date(),
): Promise<PublicRegister | null> {
  if (!isSlug(slug)) return null;
  const consultation = await db().consultation.findFirst({
    where: {
      slug,
      ...publishedConsultation(now),
      register: { is: { state: 'PUBLISHED', publishedAt: { not: null, lte: now } } },
    },
    select: {
      id: true,
      draftingUnit: true,
      register: { select: { publishedAt: true } },
      liveVersion: { select: { id: true, number: true, title: true } },
    },
  });
  const live = consultation?.liveVersion;
  const publishedAt = consultation?.register?.publishedAt;
  if (!consultation || !live || !publishedAt) return null;
  const comments = await loadComments(consultation.id);
  const versionIds = [...new Set(comments.flatMap((c) => [c.unit?.versionId, live.id]))];
  const cite = await citations(versionIds.filter((v): v is string => Boolean(v)));
  const rows = rowsOf(comments, live, slug, cite);
  return {
    slug,
    title: live.title,
    draftingUnit: consultation.draftingUnit,
    publishedAt: publishedAt.toISOString(),
    rows,
    rowOf: rowNumbers(comments, rows),
  };
}

/** Cached loadPublicRegister, expired with the consultation's pages when the register is published. */
export const getPublicRegister = cached((slug: string) => loadPublicRegister(slug), {
  key: 'consultation-register',
  tags: (slug) => [cacheTags.consultation(slug)],
});

/** A published comment's answer, as its own consultation page shows it. */
export type CommentAnswer = { number: number; outcome: string; href: string };

/** Each published comment's answer in the published register, by comment id (none before publication). */
export function answersOf(register: PublicRegister | null): Record<string, CommentAnswer> {
  if (!register) return {};
  const outcome = new Map(register.rows.map((r) => [r.number, r.outcome]));
  const out: Record<string, CommentAnswer> = {};
  for (const [id, number] of Object.entries(register.rowOf)) {
    out[id] = {
      number,
      outcome: outcome.get(number) ?? '',
      href: `/du-thao/${register.slug}/tiep-thu-giai-trinh#y-kien-${number}`,
    };
  }
  return out;
}
