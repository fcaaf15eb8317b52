import { z } from 'zod';

/** The text of "Trả lời của Bộ": plain text (NFC), shown as text, never as HTML. */
export const answerInputSchema = z.object({
  body: z
    .string({ error: 'Hãy nhập nội dung trả lời.' })
    .normalize('NFC')
    .trim()
    .min(1, 'Hãy nhập nội dung trả lời.')
    .max(10_000, 'Trả lời dài tối đa 10.000 ký tự.'),
});
export type AnswerInput = z.input<typeof answerInputSchema>;
