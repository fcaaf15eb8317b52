import 'server-only';
import { recordAudit } from '../audit/record';
import type { Actor } from '../core/actor';
import { auditActor } from '../auth/audit-actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/errors';
import { hashPassword } from '../auth/password';
import { parseInput as parse } from '../core/parse-input';
import { db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { authorize } from '../core/policy';
import { type UserDto, userDtoSelect } from './dto';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userIdSchema } from './schema';

const EMAIL_TAKEN = 'Email này đã được dùng cho một tài khoản khác.';
const USER_NOT_FOUND = 'Không tìm thấy tài khoản này.';

/**
 * Creates a staff account (admins only). The email is stored lowercased and
 * must be unused; the password needs at least 12 characters. Audited.
 */
export async function createUser(actor: Actor, input: unknown): Promise<UserDto> {
  authorize(actor, 'manageUsers');
  const data = parse(createUserSchema, input);
  const taken = await db().user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (taken) throw new ValidationError({ email: [EMAIL_TAKEN] });
  const passwordHash = await hashPassword(data.password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: userDtoSelect,
      });
      await recordAudit(tx, {
        ...auditActor(actor),
        entityType: 'user',
        entityId: user.id,
        action: 'create',
        toState: user.role,
        note: user.email,
      });
      return user;
    });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw new ValidationError({ email: [EMAIL_TAKEN] });
    throw error;
  }
}

/**
 * Deactivates an account (admins only; never one's own). Its open sessions
 * stop working at once (sessionVersion is bumped) and it can no longer log in.
 */
export async function deactivateUser(actor: Actor, userId: unknown): Promise<UserDto> {
  authorize(actor, 'manageUsers');
  const id = parse(userIdSchema, userId);
  if (id === actor.id) {
    throw new ForbiddenError('Bạn không thể vô hiệu hóa tài khoản của chính mình.');
  }
  return setActive(actor, id, false);
}

/** Lets a deactivated account log in again (admins only). */
export async function reactivateUser(actor: Actor, userId: unknown): Promise<UserDto> {
  authorize(actor, 'manageUsers');
  return setActive(actor, parse(userIdSchema, userId), true);
}

async function setActive(actor: Actor, id: string, active: boolean): Promise<UserDto> {
  return db().$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id, active: !active },
      data: { active, sessionVersion: { increment: 1 } },
    });
    const user = await tx.user.findUnique({ where: { id }, select: userDtoSelect });
    if (!user) throw new NotFoundError(USER_NOT_FOUND);
    if (changed.count === 0) return user; // already in that state: nothing to record
    await recordAudit(tx, {
      ...auditActor(actor),
      entityType: 'user',
      entityId: id,
      action: active ? 'reactivate' : 'deactivate',
      fromState: active ? 'inactive' : 'active',
      toState: active ? 'active' : 'inactive',
    });
    return user;
  });
}

/**
 * Changes an account's role (admins only; an admin cannot demote themselves,
 * so at least one admin always remains). Open sessions of that account end.
 */
export async function changeRole(actor: Actor, input: unknown): Promise<UserDto> {
  authorize(actor, 'manageUsers');
  const { userId, role } = parse(changeRoleSchema, input);
  if (userId === actor.id && role !== 'ADMIN') {
    throw new ForbiddenError('Bạn không thể tự hạ quyền quản trị của chính mình.');
  }
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!current) throw new NotFoundError(USER_NOT_FOUND);
    if (current.role !== role) {
      // Matching the role we read makes a concurrent change a conflict, not a lost update.
      const changed = await tx.user.updateMany({
        where: { id: userId, role: current.role },
        data: { role, sessionVersion: { increment: 1 } },
      });
      if (changed.count === 0)
        throw new ConflictError('Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang.');
      await recordRoleChange(tx, actor, userId, current.role, role);
    }
    const user = await tx.user.findUnique({ where: { id: userId }, select: userDtoSelect });
    if (!user) throw new NotFoundError(USER_NOT_FOUND);
    return user;
  });
}

function recordRoleChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: string,
  from: Role,
  to: Role,
) {
  return recordAudit(tx, {
    ...auditActor(actor),
    entityType: 'user',
    entityId: id,
    action: 'change_role',
    fromState: from,
    toState: to,
  });
}

/**
 * Sets a new password for an account (admins only). Its open sessions end;
 * the password itself is never recorded anywhere but as an argon2id hash.
 */
export async function resetPassword(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, 'manageUsers');
  const { userId, password } = parse(resetPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count === 0) throw new NotFoundError(USER_NOT_FOUND);
    await recordAudit(tx, {
      ...auditActor(actor),
      entityType: 'user',
      entityId: userId,
      action: 'reset_password',
    });
  });
}
