import { z } from 'zod';
import { OUTCOME_VALUES, type OutcomeValue } from './outcomes';

const outcomeValues = Object.keys(OUTCOME_VALUES) as [OutcomeValue, ...OutcomeValue[]];

/**
 * One entry as an editor drafts it: the outcome, the response (for
 * "Giải trình" the reason the comment was not taken in), and for "Trùng"
 * the comment it repeats.
 */
export const entryInputSchema = z
  .object({
    outcome: z.enum(outcomeValues, { message: 'Hãy chọn kết quả xử lý ý kiến.' }),
    response: z
      .string()
      .normalize('NFC')
      .trim()
      .max(5000, 'Nội dung tiếp thu, giải trình dài tối đa 5.000 ký tự.'),
    duplicateOfId: z.string().trim().max(64).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'giai-trinh' && v.response.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['response'],
        message: 'Giải trình cần nêu lý do không tiếp thu ý kiến.',
      });
    } else if (v.outcome !== 'trung' && v.response.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['response'], message: 'Hãy nhập nội dung tiếp thu.' });
    }
    if (v.outcome === 'trung' && v.duplicateOfId === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['duplicateOfId'],
        message: 'Hãy chọn ý kiến mà ý kiến này trùng với.',
      });
    }
  });

/** As a form sends it; entryInputSchema checks it. */
export type EntryInput = { outcome: string; response: string; duplicateOfId?: string };
