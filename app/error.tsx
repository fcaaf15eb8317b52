'use client';

import { useEffect } from 'react';
import { MAIN_ID } from '@/components/layout/site';

/**
 * Unexpected errors below the root layout. Kept small: error boundaries are
 * client code shipped with every page. The message never shows the error.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id={MAIN_ID} className="mx-auto w-full max-w-2xl flex-1 px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand sm:text-3xl">Đã có lỗi xảy ra</h1>
      <p className="mt-4 text-lg text-slate-700">
        Hệ thống tạm thời không hiển thị được trang này. Vui lòng thử lại sau ít phút.
      </p>
      <p className="mt-6 flex flex-wrap justify-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-nav px-4 py-2 font-semibold text-white hover:bg-blue-800"
        >
          Thử lại
        </button>
        <a href="/" className="px-4 py-2 font-semibold text-link underline">
          Về trang chủ
        </a>
      </p>
    </main>
  );
}
