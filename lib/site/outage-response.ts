/**
 * The page served while the database does not answer, for requests that
 * cannot be answered from the cache (the staff area, logging in). A plain
 * HTML string with no style or script (nothing a Content-Security-Policy
 * could refuse): it must not depend on anything that might be down, and it
 * says nothing about the cause. 503 with Retry-After tells caches, monitors
 * and crawlers the outage is temporary.
 */
export function outageResponse(): Response {
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tạm thời gián đoạn | Cổng Truyền thông Chính sách</title>
</head><body><main>
<h1>Hệ thống tạm thời gián đoạn</h1>
<p>Cổng Truyền thông Chính sách đang không kết nối được cơ sở dữ liệu. Nội dung bạn đang làm chưa bị mất; vui lòng thử lại sau ít phút.</p>
<p><a href="/">Về trang chủ</a></p>
</main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': '30',
    },
  });
}
