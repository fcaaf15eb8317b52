import { z } from 'zod';
import { parseVnDateTime } from '../text/vn-time';
import { DOCUMENT_TYPES } from './document-types';

/**
 * Input schemas for consultations: one per input, used by the staff forms'
 * Server Actions (FormData) and by the mutations, which parse again so a
 * direct call cannot skip them. Text is NFC-normalised and trimmed first.
 */

function text(required: string | null, max: number, tooLong: string) {
  const base = z
    .string({ error: 'Giá trị không hợp lệ.' })
    .normalize('NFC')
    .trim()
    .max(max, tooLong);
  return required ? base.min(1, required) : base;
}

/** "dd/mm/yyyy HH:mm" in Vietnam time, or a Date from code. */
function vnDateTime(message: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (parseVnDateTime(v) ?? new Date(Number.NaN)) : v),
    z.date({ error: message }).refine((d) => !Number.isNaN(d.getTime()), message),
  );
}

const OPENS_ERROR =
  'Thời điểm bắt đầu không hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 01/06/2026 08:00.';
const CLOSES_ERROR =
  'Thời điểm kết thúc không hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 30/06/2026 23:59.';

/** The consultation's identity (type, drafting unit, contact) and its version's content. */
export const consultationInputSchema = z
  .object({
    title: text('Hãy nhập tên dự thảo.', 300, 'Tên dự thảo dài tối đa 300 ký tự.'),
    documentType: z.enum(DOCUMENT_TYPES, { error: 'Hãy chọn loại văn bản.' }),
    draftingUnit: text('Hãy nhập cơ quan chủ trì soạn thảo.', 300, 'Tối đa 300 ký tự.'),
    summary: text('Hãy nhập tóm tắt.', 3000, 'Tóm tắt dài tối đa 3.000 ký tự.'),
    contact: text('Hãy nhập thông tin liên hệ.', 1000, 'Tối đa 1.000 ký tự.'),
    opensAt: vnDateTime(OPENS_ERROR),
    closesAt: vnDateTime(CLOSES_ERROR),
    shortWindowReason: text(null, 2000, 'Lý do dài tối đa 2.000 ký tự.').default(''),
    draftText: text(
      'Hãy dán toàn văn dự thảo hoặc tải lên tệp .docx.',
      500_000,
      'Dự thảo dài tối đa 500.000 ký tự.',
    ),
  })
  .refine((v) => v.closesAt.getTime() > v.opensAt.getTime(), {
    path: ['closesAt'],
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
  });

export type ConsultationInput = z.input<typeof consultationInputSchema>;
export type ConsultationData = z.output<typeof consultationInputSchema>;

/** What a form or a caller may hand to the mutations: any values, parsed there. */
export type ConsultationFields = { [K in keyof ConsultationInput]?: unknown };
