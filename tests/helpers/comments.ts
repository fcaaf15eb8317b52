import { type CommentResult, submitComment } from '../../lib/comments/submit';
import { type CommentInput, commentInputSchema } from '../../lib/comments/schema';
import type { SubmitContext } from '../../lib/feedback/store';

let counter = 0;

/** A valid comment form as a citizen fills it in, parsed by the product's own schema. */
export function commentForm(overrides: Partial<Record<keyof CommentInput, string>> = {}) {
  const n = ++counter;
  return commentInputSchema.parse({
    name: `Trần Thị ${n}`,
    email: `gop-y-${n}@example.vn`,
    body: `Góp ý số ${n}: đề nghị làm rõ thời hạn tiếp nhận và trả lời góp ý, mã ${n * 7919}.`,
    stance: 'khong-dong-tinh',
    commenterType: 'ca-nhan',
    consent: 'on',
    ...overrides,
  });
}

/** Submits as a citizen would, and fails the test unless it was accepted. */
export async function commentAccepted(
  slug: string,
  overrides: Partial<Record<keyof CommentInput, string>> = {},
  context: SubmitContext = { ip: null },
): Promise<Extract<CommentResult, { status: 'accepted' }>> {
  const result = await submitComment(slug, commentForm(overrides), context);
  if (result.status !== 'accepted') throw new Error(`comment not accepted: ${result.status}`);
  return result;
}
