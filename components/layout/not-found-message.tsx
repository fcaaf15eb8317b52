import Link from 'next/link';

/** Vietnamese 404 content, shared by the reading pages' and the root not-found pages. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl py-8 text-center">
      <p className="text-5xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold sm:text-3xl">Không tìm thấy trang</h1>
      <p className="mt-4 text-lg text-slate-700">
        Trang bạn tìm không tồn tại hoặc tin bài đã được gỡ. Vui lòng kiểm tra lại địa chỉ.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-link underline hover:text-brand">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
