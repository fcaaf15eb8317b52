import { z } from 'zod';
import { parseVnDateTime } from '../text/vn-time';
import { EVENT_KINDS } from './kinds';

/**
 * The event form's input, used by the staff Server Actions (FormData) and
 * by the mutations, which parse again so a direct call cannot skip it. Text
 * is NFC-normalised and trimmed; times are typed in Vietnam time.
 */

function text(required: string | null, max: number, tooLong: string) {
  const base = z
    .string({ error: 'Giá trị không hợp lệ.' })
    .normalize('NFC')
    .trim()
    .max(max, tooLong);
  return required ? base.min(1, required) : base;
}

const TIME_ERROR =
  'Thời gian không hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 15/06/2026 08:30.';

function toInstant(v: unknown): unknown {
  return typeof v === 'string' ? (parseVnDateTime(v) ?? new Date(Number.NaN)) : v;
}

const instant = z.date({ error: TIME_ERROR }).refine((d) => !Number.isNaN(d.getTime()), TIME_ERROR);

/** "dd/mm/yyyy HH:mm" in Vietnam time, or a Date from code. */
const vnDateTime = z.preprocess(toInstant, instant);

/** The same, or nothing ('' or absent). */
const optionalVnDateTime = z.preprocess(
  (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : toInstant(v)),
  instant.nullable(),
);

/** An http(s) address, or nothing. */
function webAddress(message: string) {
  return text(null, 1000, 'Địa chỉ dài tối đa 1.000 ký tự.').refine((v) => {
    if (v === '') return true;
    try {
      const url = new URL(v);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, message);
}

/** Article addresses or slugs, one a line: "/tin-tuc/x", a full URL or "x". */
const reportLines = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((line) =>
        line
          .trim()
          .replace(/[?#].*$/, '')
          .replace(/\/+$/, ''),
      )
      .filter((line) => line !== '')
      .map((line) => line.split('/').at(-1) ?? ''),
  )
  .pipe(z.array(z.string()).max(20, 'Tối đa 20 bài tường thuật.'));

/** Ids picked in a staff combobox, as the article form takes them (lib/articles/schema.ts). */
const ids = (max: number, tooMany: string) =>
  z
    .array(z.string({ error: 'Mã không hợp lệ.' }).trim().min(1, 'Mã không hợp lệ.').max(64), {
      error: 'Danh sách không hợp lệ.',
    })
    .max(max, tooMany)
    .transform((list) => [...new Set(list)]);

export const eventInputSchema = z
  .object({
    kind: z.enum(EVENT_KINDS, { error: 'Hãy chọn loại sự kiện.' }),
    title: text('Hãy nhập tên sự kiện.', 300, 'Tên sự kiện dài tối đa 300 ký tự.'),
    startsAt: vnDateTime,
    endsAt: optionalVnDateTime,
    place: text(null, 500, 'Địa điểm dài tối đa 500 ký tự.').default(''),
    onlineUrl: webAddress('Đường dẫn trực tuyến phải bắt đầu bằng https://').default(''),
    hostUnit: text('Hãy nhập đơn vị chủ trì.', 300, 'Tối đa 300 ký tự.'),
    summary: text('Hãy nhập nội dung tóm tắt.', 5000, 'Tóm tắt dài tối đa 5.000 ký tự.'),
    videoUrl: webAddress('Đường dẫn video phải bắt đầu bằng https://').default(''),
    reportSlugs: reportLines,
    // Omitted = leave the revision's current plan items as they are.
    planItemIds: ids(50, 'Chọn tối đa 50 mục kế hoạch.').optional(),
  })
  .refine((v) => v.endsAt === null || v.endsAt.getTime() > v.startsAt.getTime(), {
    path: ['endsAt'],
    message: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
  })
  .refine((v) => v.place !== '' || v.onlineUrl !== '', {
    path: ['place'],
    message: 'Hãy nhập địa điểm hoặc đường dẫn trực tuyến.',
  });

export type EventData = z.output<typeof eventInputSchema>;
export type EventInput = z.input<typeof eventInputSchema>;

/** What a form or a caller may hand to the mutations: any values, parsed there. */
export type EventFields = { [K in keyof EventInput]?: unknown };
