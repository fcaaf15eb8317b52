import { z } from 'zod';
import { parseVnDateTime } from '../text/vn-time';

/**
 * Input schemas for articles and their workflow: one per input, used by the
 * staff forms (client hints), the Server Actions (parse FormData) and the lib/
 * mutations (which parse again, so a direct call cannot skip them).
 * Text is NFC-normalised and trimmed before it is measured: "Hòa" typed on a
 * Mac (NFD) and on Windows (NFC) is the same title, of the same length.
 */

function text(required: string | null, max: number, tooLong: string) {
  const base = z
    .string({ error: 'Giá trị không hợp lệ.' })
    .normalize('NFC')
    .trim()
    .max(max, tooLong);
  return required ? base.min(1, required) : base;
}

const ids = (max: number, tooMany: string) =>
  z
    .array(z.string({ error: 'Mã không hợp lệ.' }).trim().min(1, 'Mã không hợp lệ.').max(64), {
      error: 'Danh sách không hợp lệ.',
    })
    .max(max, tooMany)
    .transform((list) => [...new Set(list)]);

/** The content of a revision: the new-article form and the editor. */
export const articleInputSchema = z.object({
  title: text('Hãy nhập tiêu đề.', 300, 'Tiêu đề dài tối đa 300 ký tự.'),
  lead: text('Hãy nhập sa-pô.', 1000, 'Sa-pô dài tối đa 1.000 ký tự.'),
  body: text('Hãy nhập nội dung.', 100_000, 'Nội dung dài tối đa 100.000 ký tự.'),
  source: text(null, 300, 'Nguồn dài tối đa 300 ký tự.').default(''),
  categoryId: z
    .string({ error: 'Hãy chọn chuyên mục.' })
    .trim()
    .min(1, 'Hãy chọn chuyên mục.')
    .max(64, 'Chuyên mục không hợp lệ.'),
  // Public "Cập nhật" note; empty means none.
  changeNote: text(null, 500, 'Ghi chú cập nhật dài tối đa 500 ký tự.')
    .optional()
    .transform((v) => (v ? v : null)),
  // Media id of the cover image (uploaded first); empty = no cover,
  // omitted = keep the revision's current cover.
  coverMediaId: z
    .string({ error: 'Ảnh bìa không hợp lệ.' })
    .trim()
    .max(64, 'Ảnh bìa không hợp lệ.')
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
  coverCaption: text(null, 500, 'Chú thích ảnh dài tối đa 500 ký tự.')
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
  // Omitted = leave the article's current links as they are.
  readMoreIds: ids(10, 'Chọn tối đa 10 bài "Đọc thêm".').optional(),
  planItemIds: ids(50, 'Chọn tối đa 50 mục kế hoạch.').optional(),
});
export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleData = z.output<typeof articleInputSchema>;

/** A rejection or an unpublication: the reason is required. */
export const reasonInputSchema = z.object({
  reason: z
    .string({ error: 'Hãy nêu lý do.' })
    .normalize('NFC')
    .trim()
    .min(1, 'Hãy nêu lý do.')
    .max(1000, 'Lý do dài tối đa 1.000 ký tự.'),
});
export type ReasonInput = z.input<typeof reasonInputSchema>;

// "Thời gian xuất bản" is typed as Vietnamese write it, "dd/mm/yyyy HH:mm",
// in Vietnam time, so the browser's language cannot swap day and month.
// Callers in code may still pass a Date or an ISO-like "yyyy-mm-ddTHH:mm"
// (also Vietnam time).
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export const PUBLISH_AT_ERROR =
  'Thời gian xuất bản không hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 27/04/2025 09:05.';

/** Approval: publish now (no publishAt) or at publishAt (must be in the future). */
export const approveInputSchema = z.object({
  publishAt: z.preprocess(
    (v) => {
      if (typeof v === 'string') v = v.trim();
      if (v === '' || v === null || v === undefined) return undefined;
      if (typeof v !== 'string') return v;
      if (LOCAL_DATE_TIME.test(v)) return new Date(`${v.length === 16 ? `${v}:00` : v}+07:00`);
      return parseVnDateTime(v) ?? new Date(Number.NaN);
    },
    z
      .date({ error: PUBLISH_AT_ERROR })
      .refine((d) => !Number.isNaN(d.getTime()), PUBLISH_AT_ERROR)
      .optional(),
  ),
});
export type ApproveInput = z.input<typeof approveInputSchema>;

/** The revision version a form was based on (hidden field), for optimistic locking. */
export const versionSchema = z.coerce
  .number({ error: 'Phiên bản không hợp lệ.' })
  .int('Phiên bản không hợp lệ.')
  .min(1, 'Phiên bản không hợp lệ.');
