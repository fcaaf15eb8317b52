/**
 * SAMPLE TEXT for the embedded demo only: a short made-up draft shaped like
 * a Thông tư, so the consultation pages have something to show. It is not a
 * real or proposed regulation, and says so in its title and summary.
 */
export const sampleConsultation = {
  title:
    '[Mẫu] Dự thảo Thông tư hướng dẫn đăng tải thông tin chính sách trên cổng thông tin điện tử',
  documentType: 'thong-tu',
  draftingUnit: 'Đơn vị mẫu (dữ liệu trình diễn)',
  contact: 'Văn bản mẫu dùng để trình diễn cổng, không tiếp nhận góp ý thật.',
  summary:
    'Đây là văn bản MẪU, chỉ dùng để trình diễn tính năng lấy ý kiến dự thảo theo từng điều, khoản, điểm. Văn bản này không phải dự thảo thật của cơ quan nào.',
  draftText: `BỘ MẪU
DỰ THẢO (VĂN BẢN MẪU ĐỂ TRÌNH DIỄN)

THÔNG TƯ
Hướng dẫn đăng tải thông tin chính sách trên cổng thông tin điện tử

Căn cứ quy định mẫu về truyền thông chính sách;

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn việc đăng tải thông tin chính sách trên cổng thông tin điện tử.

Điều 2. Nguyên tắc đăng tải
1. Thông tin được đăng tải kịp thời, chính xác, dễ hiểu.
2. Dự thảo được lấy ý kiến công khai, gồm:
a) Toàn văn dự thảo;
b) Thời gian lấy ý kiến;
c) Đầu mối liên hệ.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 3. Hiệu lực thi hành
Thông tư này là văn bản mẫu, không có hiệu lực thi hành.

Nơi nhận:
- Lưu: VT (mẫu).
`,
} as const;
