import Link from 'next/link';

/**
 * A 404 inside the staff area (an unknown address, an article that does not
 * exist): shown under the staff header and navigation, so the way back is
 * where staff expect it.
 */
export default function StaffNotFound() {
  return (
    <section aria-labelledby="khong-tim-thay" className="py-8 text-center">
      <p className="text-5xl font-bold text-brand">404</p>
      <h1 id="khong-tim-thay" className="mt-4 text-2xl font-bold">
        Không tìm thấy trang
      </h1>
      <p className="mt-4 text-slate-700">
        Trang hoặc bài viết này không có trong khu vực quản trị. Vui lòng kiểm tra lại địa chỉ.
      </p>
      <p className="mt-6">
        <Link href="/quan-tri" className="font-semibold text-link underline hover:text-brand">
          Về trang quản trị
        </Link>
      </p>
    </section>
  );
}
