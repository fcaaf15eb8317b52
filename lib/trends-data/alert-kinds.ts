/** What an alert is about: `stance` is a consultation's rising share of "Không đồng tình". */
export type AlertKind = 'views' | 'article' | 'category' | 'term' | 'feedback' | 'stance';

/** Each kind's name, as the dashboard and the daily email show it. */
export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  views: 'Lượt đọc',
  article: 'Bài viết',
  category: 'Chuyên mục',
  term: 'Từ khoá tìm kiếm',
  feedback: 'Ý kiến bạn đọc',
  stance: 'Góp ý dự thảo',
};
