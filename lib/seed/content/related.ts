import type { SeedArticle } from './types';

/**
 * The eight items under "Tin cùng chuyên mục" in the source, in its order
 * (newest first). The source gives only title, lead and photo caption: the
 * body is the lead again (see toMarkdownBody in ./types.ts), never
 * invented news text. Dates come from the leads ("Ngày 27/4" -> 27/04/2024);
 * the times, in Hà Nội, only keep same-day items in the listed order.
 */
export const relatedArticles: readonly SeedArticle[] = [
  {
    title: 'Chương trình thiện nguyện “cùng em đến trường” tại huyện Đà Bắc, tỉnh Hòa Bình',
    sourceLead:
      '(PLVN) -Ngày 27/4, Câu lạc bộ Doanh nhân họ Phan miền Bắc và thân hữu đã phối hợp với Câu lạc bộ Bất động sản Hoà Lạc, Tỉnh đoàn Hoà Bình, Ủy ban nhân dân huyện Đà Bắc tổ chức Chương trình thiện nguyện “CÙNG EM ĐẾN TRƯỜNG” trao tặng 200 chiếc xe đạp và một số phần quà dành cho các em học sinh nghèo vượt khó trên địa bàn huyện Đà Bắc, tỉnh Hoà Bình.',
    publishedAt: new Date('2024-04-27T17:00:00+07:00'),
  },
  {
    title: 'Truyền thông chính sách góp phần tạo sự đồng thuận xã hội',
    sourceLead:
      '(PLVN) - Ngày 26/4, Tổ Thư ký giúp việc của Hội đồng phối hợp Phổ biến, giáo dục pháp luật Trung ương (Tổ Thư ký) đã có buổi làm việc tại Bộ Giao thông vận tải (Bộ GTVT) về tình hình thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ Phê duyệt Đề án “Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật giai đoạn 2022 – 2027” (Quyết định số 407).',
    photo: { caption: 'Cảnh Buổi làm việc.' },
    publishedAt: new Date('2024-04-26T17:00:00+07:00'),
  },
  {
    title:
      'Diễn đàn cấp cao Việt Nam – Nhật Bản: Thúc đẩy hợp tác pháp luật và tư pháp trong khuôn khổ Dự án JICA',
    sourceLead:
      '(PLVN) -Sáng 26/4, Bộ Tư pháp và các cơ quan đối tác pháp luật và tư pháp Việt Nam phối hợp với Bộ Tư pháp Nhật Bản, JICA Nhật Bản, Đại sứ quán Nhật Bản tại Việt Nam tổ chức Diễn đàn cấp cao lần thứ nhất trong khuôn khổ Dự án “Nâng cao chất lượng, hiệu quả công tác xây dựng và tổ chức thi hành pháp luật tại Việt Nam” giai đoạn 2021 -2025 - một dự án hợp tác quốc tế gắn chặt và là biểu tượng cho mối quan hệ hợp tác tốt đẹp giữa Việt Nam và Nhật Bản trong lĩnh vực pháp luật và tư pháp.',
    publishedAt: new Date('2024-04-26T16:00:00+07:00'),
  },
  {
    title: 'Tổ chức thành công hành trình “Tuổi trẻ vì biển đảo quê hương năm 2024”',
    sourceLead:
      '(PLVN) - Trong không khí tuổi trẻ cả nước hướng tới chào mừng kỷ niệm 49 năm Ngày giải phóng miền Nam thống nhất đất nước (30/4/1975 - 30/4/2024) và kỷ niệm 70 năm Chiến thắng lịch sử Điện Biên Phủ (07/5/1954 - 07/5/1924), Đoàn Thanh niên Bộ Tư pháp và Đoàn Thanh niên Viện Hàn lâm KHXH Việt Nam tổ chức hành trình “Tuổi trẻ vì biển đảo quê hương năm 2024” tại đảo Bạch Long Vĩ .',
    // The lead gives no date. The source lists it, newest first, between
    // a 26/4 and a 25/4 item, so it is dated 25/4, an hour after its older neighbour.
    // "07/5/1924" is the source's own typo, kept verbatim.
    publishedAt: new Date('2024-04-25T17:00:00+07:00'),
  },
  {
    title: 'Trao Quyết định tham gia Ban Chấp hành Đảng bộ Bộ Tư pháp cho ông Đỗ Xuân Quý',
    sourceLead:
      '(PLVN) - Ngày 25/4, Đảng ủy Bộ Tư pháp tổ chức Hội nghị Ban thường vụ Đảng ủy tháng 04/2024. Đồng chí Đặng Hoàng Oanh, Bí thư Đảng ủy, Thứ trưởng Bộ Tư pháp; đồng chí Trần Tiến Dũng, Phó Bí thư Đảng ủy, Thứ trưởng Bộ Tư pháp và đồng chí Nguyễn Kim Tinh, Phó Bí thư Thường trực Đảng ủy Bộ Tư pháp chủ trì Hội nghị.',
    publishedAt: new Date('2024-04-25T16:00:00+07:00'),
  },
  {
    title: 'Bắc Kạn giới thiệu văn bản pháp luật mới năm 2024',
    sourceLead:
      '(PLVN) - Ngày 24/4, UBND tỉnh Bắc Kạn tổ chức Hội nghị triển khai các Luật được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 6, Kỳ họp bất thường lần thứ 5 thông qua. Hội nghị được tổ chức trực tiếp và truyền hình trực tuyến tới các huyện, thành phố trong tỉnh.',
    // The source prints the credit inside the caption: "(Ảnh: Hoàng Thu)".
    photo: {
      caption: 'Hội nghị giới thiệu văn bản pháp luật mới năm 2024 tại Bắc Kạn',
      credit: 'Hoàng Thu',
    },
    publishedAt: new Date('2024-04-24T17:00:00+07:00'),
  },
  {
    title:
      'Đổi mới, hoàn thiện quy trình xây dựng pháp luật chuyên nghiệp, khoa học, kịp thời, khả thi, hiệu quả',
    sourceLead:
      '(PLVN) - Ngày 24/4, Thứ trưởng Bộ Tư pháp\u00a0Trần Tiến Dũng chủ trì cuộc họp Tổ công tác về lập đề nghị xây dựng Luật Ban hành văn bản quy phạm pháp luật (sửa đổi). Tham dự cuộc họp còn có đại diện Vụ Pháp luật, Văn phòng Chính phủ, đại diện cơ quan pháp chế một số bộ, ngành.',
    photo: { caption: 'Thứ trưởng Trần Tiến Dũng chủ trì cuộc họp.' },
    publishedAt: new Date('2024-04-24T16:00:00+07:00'),
  },
  {
    title:
      'Hải Phòng: Chi cục THADS quận Đồ Sơn hoàn thành cưỡng chế chuyển giao quyền sử dụng đất',
    sourceLead:
      '(PLVN) - Ngày 24/4, Chi cục Thi hành án dân sự (THADS) quận Đồ Sơn\u00a0đã phối hợp với cơ quan chức năng tổ chức cưỡng chế để chuyển giao quyền sử dụng đất cho Công ty TNHH Một thành viên Du lịch và Vui chơi Giải trí Đồ Sơn (địa chỉ tại Khu dân cư số 8, đường 353, phường Ngọc Xuyên, quận Đồ Sơn).',
    photo: {
      caption:
        'Lực lượng tham gia cưỡng chế di chuyển tài sản của người phải THA ra khỏi khu vực cưỡng chế.',
    },
    publishedAt: new Date('2024-04-24T15:00:00+07:00'),
  },
];
