import { formatVnDateTime } from '../text/vn-time';

/** The workflow steps that send email, by their audit action name. */
export type MailEvent = 'submit' | 'reject' | 'approve' | 'schedule';

export type MailFacts = {
  event: MailEvent;
  title: string;
  /** Who did it. */
  actorName: string;
  /** The article's staff page, absolute. */
  staffUrl: string;
  /** The public page, absolute (publication). */
  publicUrl: string;
  reason: string | null;
  publishAt: Date | null;
};

const SIGNATURE = '\n\n--\nCổng Truyền thông Chính sách (thư gửi tự động, vui lòng không trả lời).';

/** Subject and body, in Vietnamese, of the email for one workflow step. */
export function mailText(f: MailFacts): { subject: string; text: string } {
  const quoted = `“${f.title}”`;
  switch (f.event) {
    case 'submit':
      return {
        subject: `Bài chờ duyệt: ${f.title}`,
        text: `${f.actorName} đã gửi duyệt bài ${quoted}.\n\nMở bài để phê duyệt hoặc từ chối:\n${f.staffUrl}${SIGNATURE}`,
      };
    case 'reject':
      return {
        subject: `Bài bị từ chối: ${f.title}`,
        text: `${f.actorName} đã từ chối bài ${quoted}.\n\nLý do:\n${f.reason ?? ''}\n\nMở bài để sửa và gửi duyệt lại:\n${f.staffUrl}${SIGNATURE}`,
      };
    case 'approve':
      return {
        subject: `Bài đã xuất bản: ${f.title}`,
        text: `${f.actorName} đã phê duyệt bài ${quoted}. Bài đã được công khai tại:\n${f.publicUrl}\n\nTrang quản trị của bài:\n${f.staffUrl}${SIGNATURE}`,
      };
    case 'schedule': {
      const at = f.publishAt ? `${formatVnDateTime(f.publishAt)} (giờ Việt Nam)` : '';
      return {
        subject: `Bài đã được hẹn giờ xuất bản: ${f.title}`,
        text: `${f.actorName} đã phê duyệt bài ${quoted}. Bài sẽ được công khai lúc ${at} tại:\n${f.publicUrl}\n\nTrang quản trị của bài:\n${f.staffUrl}${SIGNATURE}`,
      };
    }
  }
}
