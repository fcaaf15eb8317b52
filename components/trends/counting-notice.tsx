import { Breadcrumb } from '@/components/layout/breadcrumb';

/**
 * /ve-thong-ke: what the portal counts about reading, in plain Vietnamese.
 * Each statement here is what lib/counting and lib/trends-data do; change
 * them together.
 */
export function CountingNotice() {
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: '/', label: 'Trang chủ' }]} current="Về thống kê truy cập" />
      <article className="article-body mt-4">
        <h1 className="text-3xl leading-tight font-bold text-slate-900 sm:text-4xl">
          Về thống kê truy cập
        </h1>
        <p className="mt-4 text-lg font-semibold">
          Cổng đếm số lượt đọc để biết người dân quan tâm đến chính sách nào, nhưng không theo dõi
          từng người. Cổng không dùng cookie, không lưu địa chỉ IP và không dùng dịch vụ thống kê
          của bên ngoài.
        </p>

        <h2>Cổng đếm những gì</h2>
        <ul>
          <li>
            Số lượt đọc mỗi ngày của từng trang: tin bài, chuyên mục, kế hoạch truyền thông, dự thảo
            và các trang thông tin.
          </li>
          <li>Số người đọc khác nhau trong một ngày (con số ước tính, cách tính ở dưới).</li>
          <li>
            Trang dẫn người đọc đến Cổng, chỉ ghi tên miền (ví dụ{' '}
            <span lang="en">baochinhphu.vn</span>), không ghi địa chỉ đầy đủ của trang đó.
          </li>
          <li>Loại thiết bị: máy tính, điện thoại hay máy tính bảng.</li>
          <li>
            Các từ khoá được tìm trên Cổng và số kết quả tìm được, không kèm bất cứ thông tin nào về
            người tìm.
          </li>
          <li>
            Số ý kiến bạn đọc gửi mỗi ngày (nội dung ý kiến được xử lý theo điều khoản của mẫu gửi ý
            kiến).
          </li>
        </ul>
        <p>
          Máy tìm kiếm và các chương trình tự động được nhận biết theo một danh sách công khai, được
          cập nhật thường xuyên, và không được tính.
        </p>

        <h2>Không có cookie, không lưu địa chỉ IP</h2>
        <p>
          Cổng không đặt cookie và không dùng mã theo dõi nào trong trình duyệt của bạn; các trang
          đọc tin không chạy mã JavaScript để thống kê. Việc đếm diễn ra trên máy chủ của Cổng, khi
          trang được gửi đến bạn.
        </p>
        <p>
          Để biết trong một ngày có bao nhiêu người đọc khác nhau, máy chủ kết hợp địa chỉ mạng và
          tên trình duyệt của bạn với một khoá ngẫu nhiên chỉ dùng trong ngày đó, rồi tạo ra một mã
          không thể đảo ngược. Địa chỉ mạng không được ghi vào đâu. Khi hết ngày (theo giờ Việt
          Nam), các mã của ngày được đếm thành một con số rồi xoá, khoá của ngày cũng bị xoá: từ đó
          không ai, kể cả Cổng, có thể biết một người đã đọc những gì, hay nhận ra cùng một người
          vào hôm sau.
        </p>

        <h2>Giữ gì và trong bao lâu</h2>
        <ul>
          <li>Mã người đọc trong ngày và khoá của ngày: đến hết ngày đó, rồi bị xoá.</li>
          <li>
            Số liệu tổng hợp theo ngày (số lượt đọc, số người đọc, tên miền dẫn đến, loại thiết bị,
            số lượt tìm theo từ khoá): giữ lâu dài để so sánh qua các năm; các số liệu này không
            chứa thông tin về bất kỳ người nào.
          </li>
          <li>Nhật ký tìm kiếm: câu tìm, số kết quả và thời điểm, không gắn với người tìm.</li>
        </ul>

        <h2>Số liệu được dùng thế nào</h2>
        <p>
          Cán bộ của Bộ xem số liệu tổng hợp để biết tin bài, chủ đề nào được quan tâm, từ khoá nào
          người dân tìm mà chưa có thông tin, và những thay đổi bất thường cần trả lời kịp thời. Số
          liệu không được chia sẻ cho bên thứ ba.
        </p>
        <p>
          Mọi thắc mắc về thống kê truy cập, xin gửi qua trang <a href="/lien-he">Liên hệ</a>.
        </p>
      </article>
    </div>
  );
}
