import Link from 'next/link';
import { MINISTRY_NAME, PORTAL_NAME } from './site';

export function SiteFooter() {
  return (
    <footer className="on-dark mt-12 bg-slate-900 text-slate-100">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm sm:grid-cols-2">
        <div>
          <p className="text-base font-bold">{PORTAL_NAME}</p>
          <p className="mt-1">Cơ quan chủ quản: {MINISTRY_NAME}</p>
          <p className="mt-3 text-slate-300">
            Mọi tin bài được biên tập và phê duyệt trước khi đăng tải, theo tinh thần Chỉ thị số
            07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về tăng cường công tác truyền thông
            chính sách.
          </p>
        </div>
        <div className="sm:text-right">
          <p>
            <Link href="/dang-nhap" className="underline hover:text-white">
              Đăng nhập dành cho cán bộ
            </Link>
          </p>
          <p className="mt-3 text-slate-300">
            © {MINISTRY_NAME}. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng.
          </p>
        </div>
      </div>
    </footer>
  );
}
