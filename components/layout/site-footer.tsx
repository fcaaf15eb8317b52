import Link from 'next/link';
import { FooterItems } from './footer-items';
import type { FooterItem } from '@/lib/pages/footer';
import { MINISTRY_NAME, PORTAL_NAME } from '@/lib/site/names';

const link = 'underline hover:text-white';

/**
 * The foot of every public page: the agency's legal notice (agency, address,
 * phone, email, person responsible, licence), edited and approved as the
 * footer page. Without it (a 404 prerendered at build time, with no
 * database, or before the page is published) only the agency is named.
 */
export function SiteFooter({ items = [] }: { items?: FooterItem[] }) {
  return (
    <footer className="on-dark mt-12 bg-slate-900 text-slate-100">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm sm:grid-cols-2">
        <div>
          <p className="text-base font-bold">{PORTAL_NAME}</p>
          {items.length > 0 ? (
            <FooterItems items={items} className="mt-1" />
          ) : (
            <p className="mt-1">Cơ quan chủ quản: {MINISTRY_NAME}</p>
          )}
        </div>
        <div className="sm:text-right">
          <nav aria-label="Thông tin về Cổng">
            <ul className="flex flex-wrap gap-x-4 gap-y-2 sm:justify-end">
              <li>
                <Link href="/gioi-thieu" className={link}>
                  Giới thiệu
                </Link>
              </li>
              <li>
                <Link href="/lien-he" className={link}>
                  Liên hệ
                </Link>
              </li>
              <li>
                <Link href="/en" lang="en" hrefLang="en" className={link}>
                  English
                </Link>
              </li>
              <li>
                <Link href="/ve-thong-ke" className={link}>
                  Về thống kê truy cập
                </Link>
              </li>
              <li>
                <Link href="/dang-nhap" className={link}>
                  Đăng nhập dành cho cán bộ
                </Link>
              </li>
            </ul>
          </nav>
          <p className="mt-3 text-slate-300">
            Mọi tin bài được biên tập và phê duyệt trước khi đăng tải, theo tinh thần Chỉ thị số
            07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về tăng cường công tác truyền thông
            chính sách.
          </p>
          <p className="mt-3 text-slate-300">
            © {MINISTRY_NAME}. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng.
          </p>
        </div>
      </div>
    </footer>
  );
}
