import pg from 'pg';

// Vietnamese news vocabulary, most frequent first: generated texts draw from
// it with a skewed (Zipf-like) distribution, so common words match many
// articles and rare ones few, as in real news.
const WORDS = `của và các có trong được cho là với những một người này đã về không theo đến khi
từ tại năm để nhiều phát triển kinh tế chính sách đầu tư doanh nghiệp nhà nước xã hội
thực hiện quản lý công tác kế hoạch hoạt động dự án chương trình hội nghị địa phương tỉnh
thành phố Hà Nội cán bộ nhân dân truyền thông thông tin pháp luật nghị định quyết định
chỉ thị Thủ tướng Chính phủ Bộ trưởng ngành lĩnh vực giải pháp nâng cao hiệu quả chất lượng
tăng trưởng ngân sách vốn hạ tầng giao thông giáo dục y tế môi trường nông nghiệp công nghiệp
thương mại xuất khẩu nhập khẩu thị trường giá cả lao động việc làm đào tạo khoa học công nghệ
chuyển đổi số nền tảng số dữ liệu an ninh quốc phòng đối ngoại hợp tác quốc tế hội nhập
thủ tục hành chính cải cách cải thiện môi trường kinh doanh cạnh tranh minh bạch trách nhiệm
giải ngân đấu thầu quy hoạch đô thị nông thôn mới giảm nghèo an sinh bảo hiểm thuế phí
ngân hàng tín dụng lãi suất tỷ giá lạm phát tài chính chứng khoán trái phiếu bất động sản
năng lượng điện gió mặt trời khí hậu biến đổi thiên tai phòng chống bão lũ hạn hán mặn
văn hóa du lịch thể thao di sản lễ hội báo chí phát thanh truyền hình mạng xã hội
Sóc Trăng Bắc Kạn Quảng Ninh Đà Nẵng Cần Thơ Hải Phòng Nghệ An Lâm Đồng Điện Biên Cà Mau
khu kinh tế khu công nghiệp cảng biển sân bay cao tốc đường sắt metro logistics
khởi nghiệp sáng tạo đổi mới bán dẫn trí tuệ nhân tạo điện toán đám mây an toàn thông tin
hội thảo tọa đàm họp báo phỏng vấn đối thoại tiếp xúc cử tri kiến nghị phản ánh góp ý
thanh tra kiểm tra giám sát kiểm toán phòng chống tham nhũng lãng phí tiêu cực`
  .split(/\s+/)
  .filter(Boolean);

// Beyond those, thousands of plausible syllables (onset + rime + tone), the
// long tail that makes most words rare, as Vietnamese has ~6,000 in use.
const ONSETS = [
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
const RIMES = [
  'a',
  'ai',
  'am',
  'an',
  'ang',
  'anh',
  'ao',
  'at',
  'ăn',
  'âm',
  'ât',
  'e',
  'em',
  'en',
  'iên',
  'inh',
  'o',
  'oi',
  'ong',
  'ô',
  'ôi',
  'ơn',
  'u',
  'ung',
  'ươc',
  'ương',
  'ưu',
  'uyên',
];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TAIL = ONSETS.flatMap((onset) =>
  RIMES.flatMap((rime) =>
    TONES.map((tone) => `${onset}${rime.slice(0, 1)}${tone}${rime.slice(1)}`.normalize('NFC')),
  ),
).filter((word) => !WORDS.includes(word));
const VOCABULARY = [...WORDS, ...TAIL];

const CATEGORIES = 10;
const MINUTES_APART = 29;

/** Fills an empty, migrated database with `count` published articles. */
export async function generateArticles(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
       VALUES ('bench-author', 'bench@example.gov.vn', 'Bench', 'x', 'EDITOR', now())`,
    );
    await client.query(
      `INSERT INTO "Category" (id, slug, name, position)
       SELECT 'bench-cat-' || g, 'chuyen-muc-' || g, 'Chuyên mục ' || g, g
       FROM generate_series(1, $1) g`,
      [CATEGORIES],
    );
    // About fifty articles a day, as a ministry's portal publishes: one
    // every 29 minutes on average (with a jitter of up to 28 minutes that keeps the order), so
    // 100,000 articles span five and a half years. Article g = 1 is the
    // oldest and is written first, as a real archive grows.
    const publishedAt = `now() - make_interval(mins => ($1 - g) * ${MINUTES_APART} + (g * 7919) % ${MINUTES_APART})`;
    // A text of `n` words. `g * 0` ties the series to the row, so each row
    // gets its own words; `s * 0` keeps the aggregate at the inner level.
    const text = (
      n: string,
    ) => `(SELECT string_agg(w[1 + s * 0 + floor(array_length(w, 1) * power(random(), 2.2))::int], ' ')
        FROM generate_series(1, ${n} + g * 0) s)`;
    await client.query(
      `INSERT INTO "Article" (id, slug, "categoryId", "publishedAt", "updatedAt")
       SELECT 'bench-' || g, 'bai-' || g, 'bench-cat-' || (1 + g % $2), ${publishedAt}, now()
       FROM generate_series(1, $1) g`,
      [count, CATEGORIES],
    );
    await client.query(
      `INSERT INTO "ArticleRevision" (id, "articleId", number, state, title, lead, body,
         "categoryId", "authorId", "publishedAt", "updatedAt")
       SELECT 'bench-r-' || g, 'bench-' || g, 1, 'PUBLISHED',
              initcap(${text('8 + (g % 7)')}), ${text('30')}, ${text('220')},
              'bench-cat-' || (1 + g % $2), 'bench-author', ${publishedAt}, now()
       FROM generate_series(1, $1) g, (SELECT $3::text[] AS w) v`,
      [count, CATEGORIES, VOCABULARY],
    );
    await client.query(`UPDATE "Article" SET "liveRevisionId" = 'bench-r-' || substr(id, 7)`);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
