import 'server-only';
import { db } from '../db/client';
import { mailEnabled, sendMails } from '../notify/mailer';
import { absoluteUrl } from '../site/url';
import { WORKFLOW } from '../core/states';

const SIGNATURE = '\n\n--\nCổng Truyền thông Chính sách (thư gửi tự động, vui lòng không trả lời).';
const QUOTE_LENGTH = 500;

/**
 * Emails the asker the ministry's answer once it is approved (call it after
 * the commit). Nothing is sent without SMTP_URL, when the answer is not (or
 * no longer) published, or when the asker's email has been erased or
 * withdrawn. Never throws: a failure is logged and undoes nothing. Returns
 * how many emails were accepted.
 */
export async function notifyAnswerPublished(answerId: string): Promise<number> {
  if (!mailEnabled()) return 0;
  try {
    const answer = await db().feedbackAnswer.findUnique({
      where: { id: answerId },
      select: {
        state: true,
        body: true,
        feedback: {
          select: {
            email: true,
            erasedAt: true,
            state: true,
            body: true,
            article: { select: { slug: true } },
          },
        },
      },
    });
    const question = answer?.feedback;
    if (!answer || answer.state !== WORKFLOW.live || !question?.email || question.erasedAt)
      return 0;
    if (question.state === 'WITHDRAWN') return 0;
    const asked =
      question.body.length > QUOTE_LENGTH
        ? `${question.body.slice(0, QUOTE_LENGTH)}…`
        : question.body;
    const where =
      question.state === 'PUBLISHED' && question.article
        ? `\n\nCâu hỏi và trả lời được đăng tại:\n${absoluteUrl(`/tin-tuc/${question.article.slug}`)}`
        : '';
    const text = `Câu hỏi của bạn:\n${asked}\n\nTrả lời của Bộ:\n${answer.body}${where}${SIGNATURE}`;
    return await sendMails([
      { to: question.email, subject: 'Trả lời của Bộ cho câu hỏi của bạn', text },
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[notify] answer ${answerId}: ${message}`);
    return 0;
  }
}
