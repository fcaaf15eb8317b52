'use client';

/**
 * Last resort when the root layout itself fails: it replaces the whole
 * document, without the global stylesheet, hence the inline styles.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, color: '#0f172a' }}>
        <title>Đã có lỗi xảy ra | Cổng Truyền thông Chính sách</title>
        <main
          style={{ maxWidth: '40rem', margin: '0 auto', padding: '4rem 1rem', textAlign: 'center' }}
        >
          <h1 style={{ color: '#7f1d1d' }}>Đã có lỗi xảy ra</h1>
          <p>Cổng Truyền thông Chính sách tạm thời gián đoạn. Vui lòng thử lại sau ít phút.</p>
          <button
            type="button"
            onClick={() => retry()}
            style={{ padding: '0.5rem 1rem', background: '#1e3a8a', color: '#fff', border: 0 }}
          >
            Thử lại
          </button>
        </main>
      </body>
    </html>
  );
}
