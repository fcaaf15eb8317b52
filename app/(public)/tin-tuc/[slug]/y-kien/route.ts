import { after } from 'next/server';
import { answerFeedbackPost, MAX_FORM_BYTES } from '@/components/feedback/answer-post';
import { htmlResponse } from '@/components/feedback/html';

type Props = { params: Promise<{ slug: string }> };

/**
 * "Gửi ý kiến": the article's feedback form posts here (no JavaScript, no
 * session). In production the server answers these posts ahead of Next with
 * the same function (scripts/serve.mjs); this route answers them under
 * `next dev` and wherever that server is not in front.
 */
export async function POST(request: Request, { params }: Props): Promise<Response> {
  const { slug } = await params;
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) {
    return new Response('Payload Too Large', { status: 413 });
  }
  const form = await request.formData().catch(() => new FormData());
  const answer = await answerFeedbackPost(slug, { headers: request.headers, form });
  if (answer.afterwards) after(answer.afterwards);
  return htmlResponse(answer.html, answer.status, answer.headers);
}
