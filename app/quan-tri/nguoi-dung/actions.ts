'use server';

import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import {
  changeRole,
  createUser,
  deactivateUser,
  reactivateUser,
  resetPassword,
} from '@/lib/users/mutations';
import {
  changeRoleSchema,
  createUserSchema,
  resetPasswordSchema,
  userIdSchema,
} from '@/lib/users/schema';
import { endUserSessions } from '@/lib/users/sessions';
import { runAdminAction } from '../_lib/run-action';

const PATH = '/quan-tri/nguoi-dung';
const byId = z.object({ userId: userIdSchema });

/** "Thêm tài khoản". */
export async function createUserAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, createUserSchema, PATH, async (actor, input) => {
    const user = await createUser(actor, input);
    return { message: `Đã thêm tài khoản ${user.email}.` };
  });
}

/** "Vô hiệu hóa": the account can no longer log in; its sessions end at once. */
export async function deactivateUserAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, byId, PATH, async (actor, { userId }) => {
    const user = await deactivateUser(actor, userId);
    return { message: `Đã vô hiệu hóa tài khoản ${user.email}.` };
  });
}

/** "Kích hoạt lại". */
export async function reactivateUserAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, byId, PATH, async (actor, { userId }) => {
    const user = await reactivateUser(actor, userId);
    return { message: `Đã kích hoạt lại tài khoản ${user.email}.` };
  });
}

/** "Đổi vai trò". */
export async function changeRoleAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, changeRoleSchema, PATH, async (actor, input) => {
    const user = await changeRole(actor, input);
    return { message: `Đã đổi vai trò của ${user.email}.` };
  });
}

/** "Đặt lại mật khẩu": the account's sessions end; the password is never shown again. */
export async function resetPasswordAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, resetPasswordSchema, PATH, async (actor, input) => {
    await resetPassword(actor, input);
    return {
      message: 'Đã đặt lại mật khẩu. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.',
    };
  });
}

/** "Kết thúc phiên đăng nhập": every open session of the account ends at once. */
export async function endUserSessionsAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, byId, PATH, async (actor, { userId }) => {
    const count = await endUserSessions(actor, userId);
    return { message: `Đã kết thúc ${count} phiên đăng nhập.` };
  });
}
