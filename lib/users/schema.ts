import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;

export const roleLabels = {
  EDITOR: 'Biên tập viên',
  APPROVER: 'Người phê duyệt',
  ADMIN: 'Quản trị viên',
} as const;

const email = z
  .string({ error: 'Vui lòng nhập email.' })
  .trim()
  .toLowerCase()
  .min(1, 'Vui lòng nhập email.')
  .max(254, 'Email quá dài (tối đa 254 ký tự).')
  .pipe(z.email('Email không hợp lệ.'));

const password = z
  .string({ error: 'Vui lòng nhập mật khẩu.' })
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
  .max(256, 'Mật khẩu quá dài (tối đa 256 ký tự).');

const name = z
  .string({ error: 'Vui lòng nhập họ tên.' })
  .trim()
  .min(1, 'Vui lòng nhập họ tên.')
  .max(120, 'Họ tên quá dài (tối đa 120 ký tự).');

const role = z.enum(['EDITOR', 'APPROVER', 'ADMIN'], { error: 'Vui lòng chọn vai trò hợp lệ.' });

const userId = z.string({ error: 'Thiếu tài khoản.' }).min(1, 'Thiếu tài khoản.').max(64);

/** "Thêm tài khoản" (admin). */
export const createUserSchema = z.object({ email, name, role, password });

/** Changing a user's role (admin). */
export const changeRoleSchema = z.object({ userId, role });

/** Setting a new password for a user (admin). */
export const resetPasswordSchema = z.object({ userId, password });

export const userIdSchema = userId;
