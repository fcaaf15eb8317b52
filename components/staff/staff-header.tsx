import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Actor } from '@/lib/core/actor';
import { logoutAction, logoutEverywhereAction } from '@/lib/auth/logout-action';
import { roleLabels } from '@/lib/users/schema';
import { SignOutForm } from './sign-out-form';
import { staffLinkClass } from './staff-nav';

const buttonClass =
  'min-h-11 rounded border border-white px-3 py-1 font-semibold hover:bg-white ' +
  'hover:text-blue-950 focus-visible:outline-3 focus-visible:outline-amber-400';

/**
 * The staff area's header: who is logged in, "Đăng xuất" (this browser),
 * "Đăng xuất khỏi mọi thiết bị" (every session of the user), and the
 * navigation (`nav`, rendered per page: see app/quan-tri/@nav).
 */
export function StaffHeader({ actor, nav }: { actor: Actor; nav: ReactNode }) {
  return (
    <header className="bg-blue-950 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="font-bold">
          <Link href="/quan-tri" className={staffLinkClass}>
            Quản trị nội dung
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            {actor.name} <span className="text-blue-200">({roleLabels[actor.role]})</span>
          </span>
          <SignOutForm action={logoutAction} userId={actor.id}>
            <button type="submit" className={buttonClass}>
              Đăng xuất
            </button>
          </SignOutForm>
          {/* Folded away, so "Đăng xuất" stays the one logout button in view. */}
          <details className="relative">
            <summary className={`${buttonClass} flex cursor-pointer items-center`}>
              Tài khoản
            </summary>
            <div className="absolute right-0 z-10 mt-2 w-72 space-y-2 rounded border border-slate-300 bg-white p-3 text-slate-900 shadow-lg">
              <p>Kết thúc mọi phiên đăng nhập của bạn, trên mọi máy tính và điện thoại.</p>
              <SignOutForm action={logoutEverywhereAction} userId={actor.id}>
                <button
                  type="submit"
                  className="min-h-11 rounded bg-red-800 px-3 py-1 font-semibold text-white hover:bg-red-900 focus-visible:outline-3 focus-visible:outline-amber-400"
                >
                  Đăng xuất khỏi mọi thiết bị
                </button>
              </SignOutForm>
            </div>
          </details>
        </div>
      </div>
      {nav}
    </header>
  );
}
