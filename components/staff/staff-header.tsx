import Link from 'next/link';
import type { WorkCounts } from '@/lib/articles/work-counts';
import type { Actor } from '@/lib/auth/actor';
import { logoutAction, logoutEverywhereAction } from '@/lib/auth/logout-action';
import { roleLabels } from '@/lib/users/schema';
import { can } from '@/lib/workflow/policy';

const buttonClass =
  'min-h-11 rounded border border-white px-3 py-1 font-semibold hover:bg-white ' +
  'hover:text-blue-950 focus-visible:outline-3 focus-visible:outline-amber-400';

const linkClass =
  'rounded px-2 py-1 underline-offset-4 hover:underline focus-visible:outline-3 ' +
  'focus-visible:outline-offset-1 focus-visible:outline-amber-400';

/**
 * The staff area's header: who is logged in, what they may open, how much
 * work waits for them, "Đăng xuất" (this browser) and "Đăng xuất khỏi mọi
 * thiết bị" (every session of the user).
 */
export function StaffHeader({ actor, counts }: { actor: Actor; counts: WorkCounts }) {
  const { awaitingMyApproval: waiting, returnedToMe: returned } = counts;
  const links = [
    { href: '/quan-tri', label: 'Bảng điều khiển', show: true },
    { href: '/quan-tri#cho-toi-duyet', label: `Chờ duyệt (${waiting})`, show: waiting !== null },
    { href: '/quan-tri#bi-tu-choi', label: `Bị trả lại (${returned})`, show: returned !== null },
    { href: '/quan-tri/bai-viet', label: 'Tất cả bài viết', show: can(actor, 'viewDashboard') },
    { href: '/quan-tri/bai-viet/moi', label: 'Viết bài mới', show: can(actor, 'createArticle') },
    { href: '/quan-tri/trang', label: 'Trang thông tin', show: can(actor, 'viewDashboard') },
    { href: '/quan-tri/nguoi-dung', label: 'Người dùng', show: can(actor, 'manageUsers') },
    { href: '/quan-tri/chuyen-muc', label: 'Chuyên mục', show: can(actor, 'manageCategories') },
    { href: '/quan-tri/nhat-ky', label: 'Nhật ký', show: can(actor, 'viewAudit') },
  ].filter((l) => l.show);
  return (
    <header className="bg-blue-950 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="font-bold">
          <Link href="/quan-tri" className={linkClass}>
            Quản trị nội dung
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            {actor.name} <span className="text-blue-200">({roleLabels[actor.role]})</span>
          </span>
          <form action={logoutAction}>
            <button type="submit" className={buttonClass}>
              Đăng xuất
            </button>
          </form>
          {/* Folded away, so "Đăng xuất" stays the one logout button in view. */}
          <details className="relative">
            <summary className={`${buttonClass} flex cursor-pointer items-center`}>
              Tài khoản
            </summary>
            <div className="absolute right-0 z-10 mt-2 w-72 space-y-2 rounded border border-slate-300 bg-white p-3 text-slate-900 shadow-lg">
              <p>Kết thúc mọi phiên đăng nhập của bạn, trên mọi máy tính và điện thoại.</p>
              <form action={logoutEverywhereAction}>
                <button
                  type="submit"
                  className="min-h-11 rounded bg-red-800 px-3 py-1 font-semibold text-white hover:bg-red-900 focus-visible:outline-3 focus-visible:outline-amber-400"
                >
                  Đăng xuất khỏi mọi thiết bị
                </button>
              </form>
            </div>
          </details>
        </div>
      </div>
      <nav aria-label="Quản trị" className="border-t border-blue-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-2 gap-y-1 px-2 py-2 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className={linkClass}>
                {l.label}
              </Link>
            </li>
          ))}
          <li className="ml-auto">
            <Link href="/" className={linkClass}>
              Xem cổng thông tin
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
