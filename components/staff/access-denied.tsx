/** What staff see on a screen their role does not open (the server refuses the actions anyway). */
export function AccessDenied({ what }: { what: string }) {
  return (
    <section aria-labelledby="access-denied" className="space-y-2">
      <h1 id="access-denied" className="text-2xl font-bold">
        Không có quyền truy cập
      </h1>
      <p>Tài khoản của bạn không được mở trang {what}. Nếu cần, hãy liên hệ quản trị viên.</p>
    </section>
  );
}
