import { PAGE_SLUGS } from '../../core/page-slugs';
import type { SeedArticle } from './types';

/**
 * The portal's own pages as first seeded. What the source states is used as
 * is: the agency (Bộ Kế hoạch và Đầu tư), Directive 07/CT-TTg of 21/3/2023,
 * the 2023 communication plan and its five key solutions, approval before
 * publication. The source gives no address, phone, email, person responsible
 * or licence: those are marked "(mẫu)" / "Sample" for staff to replace
 * through the usual approval, never presented as real.
 */
export type SeedPage = {
  slug: string;
  locale: 'vi' | 'en';
  content: Omit<SeedArticle, 'publishedAt'>;
};

const SAMPLE_NOTE_VI =
  'Các giá trị ghi “(mẫu)” là dữ liệu mẫu: cán bộ biên tập thay bằng thông tin thật, qua phê duyệt như mọi tin bài.';

const footer: SeedPage = {
  slug: PAGE_SLUGS.footer,
  locale: 'vi',
  content: {
    title: 'Chân trang: thông tin cơ quan chủ quản',
    sourceLead:
      'Thông tin hiển thị ở chân mọi trang của Cổng (Nghị định 42/2022/NĐ-CP): mỗi dòng “Nhãn: giá trị”. ' +
      SAMPLE_NOTE_VI,
    body: [
      [
        'Cơ quan chủ quản: Bộ Kế hoạch và Đầu tư',
        'Địa chỉ: (mẫu) địa chỉ trụ sở cơ quan chủ quản',
        'Điện thoại: (mẫu) 024 0000 0000',
        'Email: (mẫu) lienhe@example.gov.vn',
        'Người chịu trách nhiệm chính: (mẫu) họ tên, chức vụ',
        'Giấy phép: (mẫu) số giấy phép, ngày cấp, cơ quan cấp',
      ].join('\n'),
    ],
  },
};

const about: SeedPage = {
  slug: PAGE_SLUGS.about,
  locale: 'vi',
  content: {
    title: 'Giới thiệu',
    sourceLead:
      'Cổng Truyền thông Chính sách là kênh thông tin của Bộ Kế hoạch và Đầu tư về chính sách, kế hoạch truyền thông và hoạt động của Bộ.',
    body: [
      'Ngày 21/3/2023, Thủ tướng Chính phủ ban hành Chỉ thị số 07/CT-TTg về tăng cường công tác truyền thông chính sách. Thực hiện Chỉ thị, Bộ Kế hoạch và Đầu tư đã ban hành Kế hoạch truyền thông năm 2023, tập trung vào 5 giải pháp trọng tâm, lấy người dân là trọng tâm của phát triển.',
      '## Cổng đăng tải những gì',
      '- Tin tức về chính sách và hoạt động của Bộ, theo chuyên mục;\n- Kế hoạch truyền thông hằng năm của Bộ và các tin bài thực hiện từng giải pháp;\n- Nguồn tin RSS và Atom để theo dõi tin mới.',
      '## Quy trình đăng tải',
      'Mọi tin bài và mọi trang thông tin của Cổng đều được biên tập, rồi được một cán bộ phê duyệt khác người viết duyệt trước khi đăng tải. Mọi thao tác đều được ghi nhật ký.',
      'Thông tin liên hệ: xem trang [Liên hệ](/lien-he). In English: [About the portal](/en).',
    ],
  },
};

const contact: SeedPage = {
  slug: PAGE_SLUGS.contact,
  locale: 'vi',
  content: {
    title: 'Liên hệ',
    sourceLead: `Thông tin liên hệ của Cổng Truyền thông Chính sách, Bộ Kế hoạch và Đầu tư. ${SAMPLE_NOTE_VI}`,
    body: [
      'Khi phát hành lại thông tin từ Cổng, đề nghị ghi rõ nguồn “Cổng Truyền thông Chính sách”.',
    ],
  },
};

const english: SeedPage = {
  slug: PAGE_SLUGS.english,
  locale: 'en',
  content: {
    title: 'About the Policy Communication Portal',
    sourceLead:
      'The Policy Communication Portal (Cổng Truyền thông Chính sách) is published by the Ministry of Planning and Investment of Viet Nam.',
    body: [
      '## The agency',
      'The Ministry of Planning and Investment (Bộ Kế hoạch và Đầu tư) is the managing agency of this portal. On 21 March 2023 the Prime Minister issued Directive No. 07/CT-TTg on strengthening policy communication; the Ministry then adopted its 2023 Communication Plan, built around five key solutions with the people at the centre of development.',
      '## What the portal publishes',
      '- News on the Ministry’s policies and activities, by category (in Vietnamese);\n- The Ministry’s annual communication plan and the articles carrying out each solution;\n- RSS and Atom feeds of the latest news.',
      'Every article and page is edited, then approved by a second member of staff before it is published.',
      '## Contacts',
      '- Address: Sample: the managing agency’s address\n- Telephone: Sample: +84 24 0000 0000\n- Email: Sample: contact@example.gov.vn',
      'Values marked “Sample” are placeholders that staff replace, through the usual approval, with the real details.',
    ],
  },
};

/** Footer first: every public page shows it. */
export const seedPages: readonly SeedPage[] = [footer, about, contact, english];
