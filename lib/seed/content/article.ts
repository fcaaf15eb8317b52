import type { SeedArticle } from './types';

/**
 * The source article, word for word (NFC, typographic quotes kept). Every
 * paragraph is checked against lib/seed/source/ by tests/integration/seed.test.ts.
 */
export const mainArticle: SeedArticle = {
  title: 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số',
  sourceLead:
    '(PLVN) - Mới đây, Bộ Kế hoạch và Đầu tư đã ban hành Kế hoạch truyền thông năm 2023, trong đó tập trung vào 5 giải pháp trọng tâm thực hiện chiến lược truyền thông chính sách, lấy người dân là trọng tâm của phát triển.',
  body: [
    'Truyền thông chính sách là một nhiệm vụ, một chức năng quan trọng của cơ quan hành chính nhà nước các cấp. Báo chí và các loại hình truyền thông khác là kênh thông tin, là phương thức cơ bản, quan trọng để thực hiện việc truyền thông chính sách. Trong bối cảnh bùng nổ thông tin như hiện nay, công tác truyền thông chính sách cần được chú trọng, nâng cao tính chuyên nghiệp trong toàn hệ thống cơ quan hành chính nhà nước, góp phần tạo sự đồng thuận, nâng cao hiệu quả, hiệu lực trong việc thực thi chính sách.',
    'Ngày 21/3/2023, Thủ tướng Chính phủ đã ban hành Chỉ thị số 07/CT-TTg về tăng cường công tác truyền thông chính sách. Để đưa công tác truyền thông bài bản, chuyên nghiệp hóa, Chỉ thị này yêu cầu từng Bộ trong đó có Bộ Kế hoạch và Đầu tư cần “xây dựng kế hoạch truyền thông hàng năm và linh hoạt triển khai các hoạt động truyền thông từ khi hoạch định chủ trương, xây dựng, hoàn thiện, ban hành và thực thi chính sách; bố trí bộ phận truyền thông chính sách tham gia góp ý, phản biện trong quá trình xây dựng và thực thi chính sách”.',
    'Cùng với đó “Ứng dụng công nghệ hiện đại trong quản trị thông tin truyền thông để phát hiện, dự báo các xu hướng thông tin tích cực và tiêu cực, có lợi và bất lợi cho công tác chỉ đạo điều hành. Nghiên cứu và triển khai các mô hình truyền thông chính sách mới trên cơ sở tham khảo kinh nghiệm quốc tế để vận dụng linh hoạt, phù hợp vào hoàn cảnh của Việt Nam”.',
    'Trên tinh thần đó, Bộ Kế hoạch và Đầu tư đã ban hành Kế hoạch truyền thông năm 2023 và là một trong những bộ ngành đầu tiên, tiên phong trong việc lập kế hoạch truyền thông, trong đó coi trọng công tác truyền thông chính sách. Kế hoạch được xác định là kim chỉ nam cho việc thực hiện các hoạt động truyền thông chính sách và trọng tâm hướng tới hạnh phúc của người dân.',
    'Trong Kế hoạch truyền thông năm 2023, Bộ Kế hoạch và Đầu tư xác định công tác truyền thông phải đảm bảo tính định hướng, dẫn dắt; chính xác, khách quan và kịp thời; hài hoà, hợp lý với các thông tin từ trên xuống và từ dưới lên. Nội dung truyền thông chính sách phù hợp với chức năng, nhiệm vụ của Bộ Kế hoạch và Đầu tư. Người dân là trọng tâm của các hoạt động truyền thông chính sách. Mọi chính sách do Bộ Kế hoạch và Đầu tư nghiên cứu và ban hành đều hướng tới hạnh phúc của người dân.',
    'Truyền thông đến người dân, doanh nghiệp, các cơ quan, tổ chức, cá nhân hoạt động của Bộ Kế hoạch và Đầu tư trong thực hiện chức năng quản lý nhà nước về chiến lược phát triển kinh tế - xã hội, quy hoạch, kế hoạch, đầu tư phát triển và thống kê; phát huy tinh thần đoàn kết, trí tuệ, bản lĩnh, nhân văn, tiên phong đổi mới, sáng tạo và khát vọng phát triển.',
    'Kế hoạch cũng nhấn mạnh truyền thông tác động đến công tác hoạch định chính sách, thu hút sự tham gia, đóng góp ý kiến, tạo sự đồng thuận xã hội; đảm bảo chính sách ban hành phù hợp với thực tiễn, góp phần vào tiến bộ, công bằng xã hội, không để ai bị bỏ lại phía sau.',
    'Lãnh đạo Bộ Kế hoạch và Đầu tư yêu cầu nội dung truyền thông về lĩnh vực quản lý Nhà nước của Bộ dựa trên kiến thức tổng hợp và dữ liệu chính xác, có chọn lọc và được cấp có thẩm quyền phê duyệt trước khi đăng tải; xác định các thông tin có tính chất truyền thông trước khi cung cấp ra công chúng. Hình thức truyền thông cần đa dạng, kết hợp với công nghệ mới, nhằm bảo đảm thiết thực, chất lượng và hiệu quả.',
    'Bộ cũng đẩy mạnh truyền thông trên nền tảng số; ứng dụng công nghệ hiện đại trong quản trị thông tin truyền thông để phát hiện, dự báo các xu hướng thông tin phục vụ cho công tác chỉ đạo điều hành. Ngoài các kênh truyền thống như Cổng thông tin điện tử của Bộ Kế hoạch và Đầu tư; nền tảng quản trị số tổng thể; nền tảng họp trực tuyến; Bản tin nội bộ về kinh tế - đầu tư và xã hội phục vụ công tác điều hành và quản lý…, Bộ sẽ tổ chức định kỳ chương trình kết nối truyền thông thông qua mô hình kết nối; vận hành kênh truyền thông thân thiện tích hợp yếu tố công nghệ mới; tổ chức các cuộc họp báo hay tọa đàm truyền thông chính sách; sử dụng các ứng dụng kết nối giao tiếp thông tin công nghệ mới để truyền thông chính sách.',
  ],
  // The source gives no publication date. It reports the 2023 plan "Mới đây"
  // and lists news of 24-27/4/2024 as older items of the same category, so
  // the next morning, 28/4/2024 08:00 in Hà Nội, is used.
  publishedAt: new Date('2024-04-28T08:00:00+07:00'),
};

/** Title of the related item the article's "Đọc thêm" link points to. */
export const readMoreTitle = 'Truyền thông chính sách góp phần tạo sự đồng thuận xã hội';
