/**
 * SAMPLE TEXT written for the tests: a short draft shaped like a Nghị định
 * (preamble, Chương with titles on the next line, Điều, Khoản, Điểm with đ,
 * signature block). It is not a real or proposed regulation.
 */
export const SAMPLE_NGHI_DINH = `CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

DỰ THẢO (MẪU DÙNG CHO KIỂM THỬ)

NGHỊ ĐỊNH
Quy định về truyền thông chính sách trên cổng thông tin điện tử

Căn cứ Luật Tổ chức Chính phủ;
Theo đề nghị của Bộ trưởng Bộ Mẫu;

Chính phủ ban hành Nghị định quy định về truyền thông chính sách trên cổng thông tin điện tử.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định việc đăng tải, lấy ý kiến và phản hồi chính sách trên cổng thông tin điện tử của cơ quan nhà nước.

Điều 2. Đối tượng áp dụng
1. Cơ quan, tổ chức chủ trì soạn thảo văn bản quy phạm pháp luật.
2. Cơ quan, tổ chức, cá nhân tham gia góp ý dự thảo.

Điều 3: Giải thích từ ngữ
Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:
1. Dự thảo là văn bản đang được lấy ý kiến.
2. Góp ý là ý kiến của tổ chức, cá nhân về dự thảo, gồm:
a) Ý kiến đồng tình;
b) Ý kiến không đồng tình;
c) Ý kiến khác.

Chương II
LẤY Ý KIẾN VÀ PHẢN HỒI

Điều 4. Đăng tải dự thảo
1. Cơ quan chủ trì đăng tải toàn văn dự thảo và hồ sơ kèm theo.
2. Thời gian lấy ý kiến được ghi rõ ngày bắt đầu và ngày kết thúc.

Điều 5. Tiếp nhận góp ý
1. Góp ý được gửi trực tuyến trên cổng thông tin điện tử.
2. Cơ quan chủ trì có trách nhiệm:
a) Tiếp nhận đầy đủ góp ý;
b) Phân loại góp ý theo từng điều, khoản;
c) Không công khai thông tin cá nhân của người góp ý;
d) Gộp các góp ý trùng nhau;
đ) Công bố bảng tổng hợp, tiếp thu, giải trình.

Điều 6. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. CHÍNH PHỦ
THỦ TƯỚNG
`;
