import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/form/button-class';
import { DashboardSection } from '@/components/workflow/dashboard-section';
import { listDashboard } from '@/lib/articles/staff-queries';
import { requireActor } from '@/lib/auth/guards';
import { can, roleAllows } from '@/lib/core/policy';

export const metadata: Metadata = { title: 'Bảng điều khiển' };

/** The staff dashboard: what needs this person's attention first. */
export default async function DashboardPage() {
  const actor = await requireActor();
  const lists = await listDashboard(actor);
  const writes = can(actor, 'createArticle');
  const approves = roleAllows(actor.role, 'approve');
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Bảng điều khiển</h1>
        {writes ? (
          <Link href="/quan-tri/bai-viet/moi" className={buttonClass('primary')}>
            Viết bài mới
          </Link>
        ) : null}
      </div>
      {can(actor, 'manageUsers') ? <AdminLinks /> : null}
      {approves ? (
        <DashboardSection
          id="cho-toi-duyet"
          title="Chờ tôi phê duyệt"
          items={lists.awaitingMyApproval}
          empty="Không có bài nào đang chờ bạn phê duyệt."
          dateLabel="Gửi duyệt lúc"
          date={(i) => i.submittedAt}
        />
      ) : null}
      {writes ? (
        <>
          <DashboardSection
            id="bi-tu-choi"
            title="Bị từ chối"
            items={lists.rejected}
            empty="Không có bài nào của bạn bị từ chối."
            dateLabel="Cập nhật"
            date={(i) => i.updatedAt}
            showReason
          />
          <DashboardSection
            id="ban-nhap"
            title="Bản nháp của tôi"
            items={lists.myDrafts}
            empty="Bạn chưa có bản nháp nào."
            dateLabel="Cập nhật"
            date={(i) => i.updatedAt}
            showReason
          />
        </>
      ) : null}
      <DashboardSection
        id="hen-gio"
        title="Đã hẹn giờ xuất bản"
        items={lists.scheduled}
        empty="Không có bài nào đang hẹn giờ."
        dateLabel="Xuất bản lúc"
        date={(i) => i.publishAt}
      />
      <DashboardSection
        id="moi-xuat-ban"
        title="Mới xuất bản"
        items={lists.recentlyPublished}
        empty="Chưa có bài nào được xuất bản."
        dateLabel="Xuất bản lúc"
        date={(i) => i.publishedAt}
      />
    </>
  );
}

function AdminLinks() {
  const links = [
    { href: '/quan-tri/nguoi-dung', label: 'Quản lý người dùng' },
    { href: '/quan-tri/chuyen-muc', label: 'Quản lý chuyên mục' },
    { href: '/quan-tri/nhat-ky', label: 'Nhật ký hệ thống' },
  ];
  return (
    <nav aria-label="Quản trị hệ thống" className="rounded border border-slate-300 bg-white p-4">
      <ul className="flex flex-wrap gap-3">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className={buttonClass('secondary')}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
