import Link from 'next/link';
import type { WorkCounts } from '@/lib/articles/work-counts';
import type { Actor } from '@/lib/core/actor';
import { can } from '@/lib/core/policy';

export const staffLinkClass =
  'rounded px-2 py-1 underline-offset-4 hover:underline focus-visible:outline-3 ' +
  'focus-visible:outline-offset-1 focus-visible:outline-amber-400';

/** The staff navigation: the screens this person may open, and how much work waits for them. */
export function StaffNav(props: {
  actor: Actor;
  counts: WorkCounts;
  /** Readers' feedback waiting for a moderator; null for a role that does not moderate. */
  pendingFeedback: number | null;
}) {
  const { actor, counts, pendingFeedback } = props;
  const { awaitingMyApproval: waiting, returnedToMe: returned } = counts;
  const links = [
    { href: '/quan-tri', label: 'Bảng điều khiển', show: true },
    { href: '/quan-tri#cho-toi-duyet', label: `Chờ duyệt (${waiting})`, show: waiting !== null },
    { href: '/quan-tri#bi-tu-choi', label: `Bị trả lại (${returned})`, show: returned !== null },
    { href: '/quan-tri/bai-viet', label: 'Tất cả bài viết', show: can(actor, 'viewDashboard') },
    { href: '/quan-tri/bai-viet/moi', label: 'Viết bài mới', show: can(actor, 'createArticle') },
    { href: '/quan-tri/trang', label: 'Trang thông tin', show: can(actor, 'viewDashboard') },
    {
      href: '/quan-tri/y-kien',
      label: `Ý kiến bạn đọc (${pendingFeedback})`,
      show: pendingFeedback !== null,
    },
    { href: '/quan-tri/du-thao', label: 'Dự thảo', show: can(actor, 'viewDashboard') },
    { href: '/quan-tri/su-kien', label: 'Sự kiện', show: can(actor, 'viewDashboard') },
    { href: '/quan-tri/ke-hoach', label: 'Kế hoạch', show: can(actor, 'viewDashboard') },
    { href: '/quan-tri/xu-huong', label: 'Xu hướng', show: can(actor, 'viewDashboard') },
    { href: '/quan-tri/nguoi-dung', label: 'Người dùng', show: can(actor, 'manageUsers') },
    { href: '/quan-tri/chuyen-muc', label: 'Chuyên mục', show: can(actor, 'manageCategories') },
    { href: '/quan-tri/nhat-ky', label: 'Nhật ký', show: can(actor, 'viewAudit') },
    {
      href: '/quan-tri/du-lieu-ca-nhan',
      label: 'Dữ liệu cá nhân',
      show: can(actor, 'managePersonalData'),
    },
  ].filter((l) => l.show);
  return (
    <nav aria-label="Quản trị" className="border-t border-blue-800">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-2 gap-y-1 px-2 py-2 text-sm">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className={staffLinkClass}>
              {l.label}
            </Link>
          </li>
        ))}
        <li className="ml-auto">
          <Link href="/" className={staffLinkClass}>
            Xem cổng thông tin
          </Link>
        </li>
      </ul>
    </nav>
  );
}
