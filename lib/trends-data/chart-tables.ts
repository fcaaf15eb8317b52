import type { Trends } from './dashboard';

/** The data of one chart: the table shown beside it and its CSV file. */
export type ChartTable = {
  id: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
};

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Every chart of the dashboard as a table, in the order shown. The page
 * renders these beside the charts and the CSV route serves them, so the
 * file holds exactly what the chart draws.
 */
export function chartTables(t: Trends): ChartTable[] {
  const tables: ChartTable[] = [];
  // Negative shifts are shares, not counts: they have their own table.
  const rising = t.alerts.filter((a) => a.kind !== 'stance');
  const visitors = new Map(t.visitors?.map((p) => [p.day, p.value]));
  tables.push({
    id: 'luot-doc',
    title: 'Lượt đọc theo ngày',
    columns: t.visitors ? ['Ngày', 'Lượt đọc', 'Người đọc (ước tính)'] : ['Ngày', 'Lượt đọc'],
    rows: t.views.map((p) =>
      t.visitors ? [p.day, p.value, visitors.get(p.day) ?? 0] : [p.day, p.value],
    ),
  });
  tables.push({
    id: 'du-bao',
    title: `Dự báo lượt đọc ${t.forecast.length} ngày tới`,
    columns: ['Ngày', 'Dự báo', 'Thấp (80 %)', 'Cao (80 %)', 'Thấp (95 %)', 'Cao (95 %)'],
    rows: t.forecast.map((f) => [
      f.day,
      round(f.mean),
      round(f.lo80),
      round(f.hi80),
      round(f.lo95),
      round(f.hi95),
    ]),
  });
  tables.push({
    id: 'y-kien',
    title: 'Ý kiến bạn đọc gửi theo ngày',
    columns: ['Ngày', 'Ý kiến'],
    rows: t.feedback.map((p) => [p.day, p.value]),
  });
  if (t.searches) {
    const zero = new Map(t.searches.zero.map((p) => [p.day, p.value]));
    tables.push({
      id: 'tim-kiem',
      title: 'Lượt tìm kiếm theo ngày',
      columns: ['Ngày', 'Lượt tìm', 'Không có kết quả'],
      rows: t.searches.searches.map((p) => [p.day, p.value, zero.get(p.day) ?? 0]),
    });
  }
  tables.push({
    id: 'bai-doc-nhieu',
    title: 'Bài đọc nhiều',
    columns: ['Bài viết', 'Lượt đọc'],
    rows: t.topArticles.map((a) => [a.title, a.views]),
  });
  const ranked: [keyof Trends, string, string, string][] = [
    ['topCategories', 'chuyen-muc', 'Lượt đọc theo chuyên mục', 'Chuyên mục'],
    ['topTerms', 'tu-khoa', 'Từ khoá tìm nhiều', 'Từ khoá'],
    ['zeroQueries', 'khong-ket-qua', 'Tìm kiếm không có kết quả', 'Câu tìm'],
    ['referrers', 'nguon', 'Nguồn truy cập', 'Tên miền'],
    ['devices', 'thiet-bi', 'Thiết bị', 'Loại thiết bị'],
  ];
  for (const [key, id, title, label] of ranked) {
    const list = t[key] as { label: string; value: number }[] | null;
    if (list)
      tables.push({
        id,
        title,
        columns: [label, 'Số lượt'],
        rows: list.map((r) => [r.label, r.value]),
      });
  }
  if (t.stance) {
    tables.push({
      id: 'quan-diem',
      title: 'Quan điểm góp ý dự thảo',
      columns: ['Dự thảo', 'Đồng tình', 'Không đồng tình', 'Ý kiến khác'],
      rows: t.stance.map((c) => [c.title, c.agree, c.disagree, c.other]),
    });
    tables.push({
      id: 'chuyen-bien',
      title: 'Chuyển biến tiêu cực',
      columns: ['Ngày', 'Dự thảo', 'Không đồng tình (%)', 'Trước đó (%)', 'Điểm', 'Lý do'],
      rows: t.alerts
        .filter((a) => a.kind === 'stance')
        .map((a) => [a.day, a.subject, a.value, a.baseline, a.score, a.reason]),
    });
  }
  tables.push({
    id: 'canh-bao',
    title: 'Tăng bất thường',
    columns: ['Ngày', 'Đối tượng', 'Giá trị', 'Mức thường', 'Điểm', 'Lý do'],
    rows: rising.map((a) => [
      a.day,
      a.subject,
      a.value,
      round(a.baseline),
      round(a.score),
      a.reason,
    ]),
  });
  return tables;
}

/**
 * A table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read the Vietnamese right). A text cell that a spreadsheet would
 * run as a formula (search terms are typed by the public) gets a leading
 * apostrophe.
 */
export function toCsv(table: ChartTable): string {
  const cell = (value: string | number) => {
    if (typeof value === 'number') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
