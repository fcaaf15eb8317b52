import { z } from 'zod';

/** Longest text accepted, in characters (after NFC and CRLF -> LF). */
export const MAX_BODY = 3000;
export const MAX_NAME = 120;

/** Form values of the kind radio buttons, as the public form sends them. */
export const KIND_VALUES = { 'gop-y': 'SUGGESTION', 'cau-hoi': 'QUESTION' } as const;
export type KindValue = keyof typeof KIND_VALUES;

// Control characters (removed line by line, so newlines stay) and the bidirectional
// overrides that can make a text read differently from what it holds.
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** NFC, LF line ends, no control or bidi-override characters, trimmed. */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(UNSAFE, ''))
    .join('\n')
    .trim();
}

const text = (max: number, required: string, tooLong: string) =>
  z
    .string({ error: required })
    .transform(cleanText)
    .pipe(z.string().min(1, required).max(max, tooLong));

/** The public form "Gửi ý kiến", as FormData fields. */
export const feedbackInputSchema = z.object({
  name: text(MAX_NAME, 'Vui lòng nhập họ và tên.', `Họ và tên tối đa ${MAX_NAME} ký tự.`),
  email: z
    .string({ error: 'Vui lòng nhập email.' })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.email('Email chưa đúng dạng, ví dụ: ten@example.com.').max(254)),
  body: text(
    MAX_BODY,
    'Vui lòng nhập ý kiến.',
    `Ý kiến tối đa ${MAX_BODY.toLocaleString('vi-VN')} ký tự.`,
  ),
  kind: z.enum(['gop-y', 'cau-hoi'], { error: 'Vui lòng chọn Góp ý hoặc Câu hỏi.' }),
  anonymous: z.literal('on').optional(),
  consent: z.literal('on', {
    error: 'Vui lòng đánh dấu đồng ý để Cổng lưu và xử lý ý kiến của bạn.',
  }),
  // The honeypot: hidden from people, filled in by form-filling robots.
  website: z.string().optional(),
});

export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

/** The form's fields as typed, kept to echo back on any refusal. */
export type FeedbackDraft = {
  name: string;
  email: string;
  body: string;
  kind: string;
  anonymous: boolean;
};

/** What the person typed, from the posted form (strings only, nothing parsed). */
export function draftFrom(form: { get(key: string): unknown }): FeedbackDraft {
  const read = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value : '';
  };
  return {
    name: read('name'),
    email: read('email'),
    body: read('body'),
    kind: read('kind'),
    anonymous: read('anonymous') === 'on',
  };
}

/** An admin's request about one person's data (export, erase), by the email they gave. */
export const personalDataSchema = z.object({
  email: z
    .string({ error: 'Vui lòng nhập email.' })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.email('Email chưa đúng dạng, ví dụ: ten@example.com.')),
});

/** Erasure cannot be undone: the form asks the admin to confirm it. */
export const eraseRequestSchema = personalDataSchema.extend({
  confirm: z.literal('on', { error: 'Đánh dấu xác nhận trước khi xoá: không thể hoàn tác.' }),
});
