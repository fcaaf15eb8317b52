import { z } from 'zod';
import { feedbackInputSchema } from '../feedback/schema';
import {
  COMMENTER_TYPE_VALUES,
  type CommenterTypeValue,
  STANCE_VALUES,
  type StanceValue,
} from './labels';

const stances = Object.keys(STANCE_VALUES) as [StanceValue, ...StanceValue[]];
const commenterTypes = Object.keys(COMMENTER_TYPE_VALUES) as [
  CommenterTypeValue,
  ...CommenterTypeValue[],
];

/**
 * The public form "Gửi góp ý" on a consultation, as FormData fields: the
 * feedback form's name, email, text, consent and honeypot (the same rules,
 * one schema), plus the stance, the commenter type, the unit's anchor
 * (empty: the whole draft) and the version the person read.
 */
export const commentInputSchema = feedbackInputSchema
  .pick({ name: true, email: true, body: true, consent: true, website: true })
  .extend({
    stance: z.enum(stances, {
      error: 'Vui lòng chọn Đồng tình, Không đồng tình hoặc Ý kiến khác.',
    }),
    commenterType: z.enum(commenterTypes, {
      error: 'Vui lòng chọn cá nhân, tổ chức hoặc doanh nghiệp.',
    }),
    unit: z
      .string()
      .trim()
      .max(80)
      .regex(/^[a-z0-9-]*$/, 'Phần dự thảo không hợp lệ.')
      .optional()
      .transform((v) => v || null),
    versionNumber: z.coerce.number().int().positive().optional(),
  });

export type CommentInput = z.input<typeof commentInputSchema>;
export type ParsedComment = z.output<typeof commentInputSchema>;

/** What the person typed, as posted (strings only), to echo back on any refusal. */
export type CommentDraft = {
  name: string;
  email: string;
  body: string;
  stance: string;
  commenterType: string;
  unit: string;
  versionNumber: string;
};

export function commentDraftFrom(form: FormData): CommentDraft {
  const read = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value : '';
  };
  return {
    name: read('name'),
    email: read('email'),
    body: read('body'),
    stance: read('stance'),
    commenterType: read('commenterType'),
    unit: read('unit'),
    versionNumber: read('versionNumber'),
  };
}
