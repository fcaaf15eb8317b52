import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { DomainError, ValidationError } from '../core/errors';
import { fieldErrorsOf } from '../core/parse-input';

/**
 * The one shape every staff form's Server Action returns.
 * `values` holds what the user typed, so a refused submission never loses it;
 * it never holds passwords, files or anything read from the database.
 */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false };

/** Form fields never sent back to the browser, whatever the outcome. */
const SECRET_FIELD = /password|mat-khau|token/i;

/**
 * The text fields of a submission, to be echoed back on failure. Files,
 * passwords and Next's internal `$ACTION_*` fields are left out; a field sent
 * several times (a multiple select) is joined with newlines.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || SECRET_FIELD.test(key)) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

/** All values of a repeated field (multiple select, checkboxes) from echoed values. */
export function valueList(values: Record<string, string> | undefined, key: string) {
  const raw = values?.[key];
  return raw ? raw.split('\n').filter(Boolean) : undefined;
}

/** A zod failure as field messages (first path segment = form field name). */
export function fromZodError(error: z.ZodError, values?: Record<string, string>): ActionState {
  return {
    ok: false,
    message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
    fieldErrors: fieldErrorsOf(error),
    values,
  };
}

const GENERIC_FAILURE =
  'Đã có lỗi ngoài dự kiến nên thao tác chưa được thực hiện. Nội dung bạn nhập vẫn được giữ nguyên; vui lòng thử lại sau ít phút.';

/**
 * Turns an error thrown by a lib/ function into form state. The typed
 * refusals (forbidden, conflict, validation, not found) carry messages
 * written for staff and pass through; anything else is logged on the server
 * and replaced by a generic message, so no query, row or stack trace reaches
 * the browser. Next's redirect/notFound signals are rethrown untouched.
 */
export function fromError(error: unknown, values?: Record<string, string>): ActionState {
  unstable_rethrow(error);
  if (error instanceof ValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  if (error instanceof DomainError) return { ok: false, message: error.message, values };
  console.error('[action]', error);
  return { ok: false, message: GENERIC_FAILURE, values };
}

/** The state of a submission refused because nobody (valid) is logged in. */
export function notLoggedIn(values?: Record<string, string>): ActionState {
  return {
    ok: false,
    message:
      'Phiên đăng nhập đã hết hạn hoặc tài khoản không còn hiệu lực. Vui lòng đăng nhập lại (mở trang đăng nhập trong thẻ mới để không mất nội dung đang nhập).',
    values,
  };
}
