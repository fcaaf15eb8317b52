import { formatDay } from '../trends/reasons';
import { ALERT_KIND_LABELS, type AlertKind } from '../trends-data/alert-kinds';

/** What the email needs of an alert: no reader, commenter or address, only counts and names. */
export type DigestAlert = { kind: AlertKind; subject: string; reason: string };

const SIGNATURE =
  '\n--\nCổng Truyền thông Chính sách (thư gửi tự động, vui lòng không trả lời).\n' +
  'Bạn nhận thư này vì tài khoản của bạn là người duyệt hoặc quản trị của Cổng.';

/**
 * A search term is typed by the public: one that holds a digit or an "@"
 * may be a phone number, an identity number or an address. The dashboard
 * shows it to staff who are signed in; an email, which is copied to mail
 * servers and kept in mailboxes, names it only by its kind.
 */
export function mayBePersonal(term: string): boolean {
  return /[\d@]/.test(term);
}

/** What the figures in the reason count. */
const COUNTED: Record<AlertKind, string> = {
  views: 'lượt đọc',
  article: 'lượt đọc',
  category: 'lượt đọc',
  term: 'lượt tìm',
  feedback: 'ý kiến gửi về',
  stance: 'ý kiến góp ý',
};

/** "Bài viết: <title> (lượt đọc)"; the portal-wide series have no title of their own. */
function headline(alert: DigestAlert): string {
  const label = ALERT_KIND_LABELS[alert.kind];
  if (alert.subject === label) return `${label} toàn Cổng`;
  const named =
    alert.kind === 'term' && mayBePersonal(alert.subject)
      ? 'một từ khoá có chữ số hoặc ký tự @ (xem trên bảng xu hướng)'
      : alert.subject;
  return alert.kind === 'stance'
    ? `${label}: ${named}`
    : `${label}: ${named} (${COUNTED[alert.kind]})`;
}

function section(title: string, alerts: readonly DigestAlert[]): string[] {
  if (alerts.length === 0) return [];
  const items = alerts.map((a) => `- ${headline(a)}\n  ${a.reason}`);
  return [`${title} (${alerts.length})`, ...items, ''];
}

/**
 * The daily email of a day's trend alerts (`day` is 'yyyy-mm-dd', Vietnam
 * time), in plain Vietnamese text: the rising items, then the consultations
 * whose share of "Không đồng tình" rose, each with the reason the dashboard
 * gives, and a link to the dashboard. Plain text only: nothing in it needs
 * markup, and no HTML means nothing to escape.
 */
export function digestMail(
  day: string,
  alerts: readonly DigestAlert[],
  dashboardUrl: string,
): { subject: string; text: string } {
  const rising = alerts.filter((a) => a.kind !== 'stance');
  const shifts = alerts.filter((a) => a.kind === 'stance');
  const when = formatDay(day);
  const lines = [
    `Bảng xu hướng của Cổng ghi nhận ${alerts.length} cảnh báo trong ngày ${when}.`,
    '',
    ...section('Tăng bất thường', rising),
    ...section('Chuyển biến tiêu cực trong góp ý dự thảo', shifts),
    'Xem chi tiết trên bảng xu hướng:',
    dashboardUrl,
    SIGNATURE,
  ];
  return {
    subject: `Cảnh báo xu hướng ngày ${when} (${alerts.length})`,
    text: lines.join('\n'),
  };
}
