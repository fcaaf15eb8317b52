/** Messages shown after a successful action that redirected here (`?da=<key>`). */
const FLASH: Readonly<Record<string, string>> = {
  'tao-moi': 'Đã tạo bản nháp.',
  'luu-nhap': 'Đã lưu nháp.',
  'gui-duyet': 'Đã gửi duyệt. Bài đang chờ người phê duyệt.',
  'phe-duyet': 'Đã phê duyệt. Bài đã được xuất bản trên cổng thông tin.',
  'hen-gio': 'Đã phê duyệt và hẹn giờ xuất bản.',
  'tu-choi': 'Đã từ chối. Người viết sẽ thấy lý do bạn nêu.',
  'go-bai': 'Đã gỡ bài khỏi cổng thông tin.',
  'huy-hen-gio': 'Đã hủy hẹn giờ. Bài trở lại danh sách chờ duyệt.',
  'sua-bai':
    'Đã tạo bản sửa mới. Người đọc vẫn thấy bản đang xuất bản cho đến khi bản sửa được phê duyệt.',
};

/**
 * Only known keys are shown: the query string is user input and is never
 * echoed into the page.
 */
export function Flash({ code }: { code: string | string[] | undefined }) {
  const message = typeof code === 'string' ? FLASH[code] : undefined;
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <p className="rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {message}
        </p>
      ) : null}
    </div>
  );
}
