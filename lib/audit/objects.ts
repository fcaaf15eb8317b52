import 'server-only';
import { db } from '../db/client';

/** What an audit row was about, named for a reader; `href` when it has a staff page. */
export type AuditObject = { kind: string; label: string; href: string | null };

const KIND: Readonly<Record<string, string>> = {
  revision: 'Bài viết',
  article: 'Bài viết',
  feedback: 'Ý kiến bạn đọc',
  'feedback-answer': 'Trả lời của Bộ',
  'consultation-version': 'Phiên bản dự thảo',
  'event-revision': 'Sự kiện',
  user: 'Tài khoản',
  session: 'Tài khoản',
  category: 'Chuyên mục',
  media: 'Ảnh',
  plan: 'Kế hoạch',
  'plan-revision': 'Phiên bản kế hoạch truyền thông',
  event: 'Sự kiện',
  personal_data: 'Dữ liệu cá nhân',
};

type Event = { entityType: string; entityId: string | null; actorEmail: string | null };

/**
 * Names the objects of a page of audit rows in four batched reads: an
 * article revision by its title (linked to the article's staff page), an
 * account or a login by its email, a category by its name, an image by its
 * alt text. Something since deleted keeps its kind and id.
 */
export async function nameAuditObjects(events: Event[]): Promise<(e: Event) => AuditObject> {
  const ids = (...types: string[]) => [
    ...new Set(events.filter((e) => types.includes(e.entityType)).flatMap((e) => e.entityId ?? [])),
  ];
  const [revisions, users, categories, media] = await Promise.all([
    db().articleRevision.findMany({
      where: { id: { in: ids('revision') } },
      select: { id: true, title: true, articleId: true },
    }),
    db().user.findMany({
      where: { id: { in: ids('user', 'session') } },
      select: { id: true, email: true },
    }),
    db().category.findMany({
      where: { id: { in: ids('category') } },
      select: { id: true, name: true },
    }),
    db().media.findMany({ where: { id: { in: ids('media') } }, select: { id: true, alt: true } }),
  ]);
  const revision = new Map(revisions.map((r) => [r.id, r]));
  const names = new Map<string, string>([
    ...users.map((u) => [u.id, u.email] as const),
    ...categories.map((c) => [c.id, c.name] as const),
    ...media.map((m) => [m.id, m.alt] as const),
  ]);
  return (e) => {
    const kind = KIND[e.entityType] ?? e.entityType;
    const r = e.entityType === 'revision' && e.entityId ? revision.get(e.entityId) : undefined;
    if (r) return { kind, label: r.title, href: `/quan-tri/bai-viet/${r.articleId}` };
    // A reader's item is named by its id only (no personal data in the log), linked to its page.
    if (e.entityType === 'feedback' && e.entityId) {
      return { kind, label: e.entityId, href: `/quan-tri/y-kien/${e.entityId}` };
    }
    const name =
      (e.entityId && names.get(e.entityId)) || (e.entityType === 'session' ? e.actorEmail : null);
    return { kind, label: name ?? e.entityId ?? '—', href: null };
  };
}
