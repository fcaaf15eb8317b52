import { z } from 'zod';
import type { ActionState } from '../forms/action-state';

/** The login form. Messages are shown next to the fields. */
export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập email.')
    .max(254, 'Email quá dài.')
    .pipe(z.email('Email không hợp lệ.')),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(1024, 'Mật khẩu quá dài.'),
});

/** The login form's state: the shared ActionState. Never carries the password. */
export type LoginState = ActionState;

/**
 * The one answer to every refused login: a wrong password, an unknown email,
 * a deactivated account and a throttled one alike, so it reveals neither
 * whether the account exists nor whether it is locked.
 */
export const LOGIN_FAILED_MESSAGE =
  'Email hoặc mật khẩu không đúng. Sau 5 lần nhập sai, việc đăng nhập bị tạm dừng 15 phút.';

/** Something other than the credentials went wrong (logged on the server). */
export const UNAVAILABLE_MESSAGE = 'Không thể đăng nhập lúc này. Vui lòng thử lại sau.';
