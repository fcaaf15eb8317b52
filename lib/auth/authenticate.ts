import 'server-only';
import { recordAudit } from '../audit/record';
import { db } from '../db/client';
import type { Role } from '../generated/prisma/enums';
import { hashPassword, verifyPassword } from './password';
import { pruneExpiredSessions, startSession } from './sessions';
import { isLoginBlocked, pruneLoginAttempts, releaseAttempt, reserveAttempt } from './rate-limit';

export type AuthenticateInput = { email: string; password: string; ip: string | null };

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
  /** The server-side session opened by this login. */
  sessionId: string;
};

export type LoginResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: 'invalid' | 'rate_limited' };

// Audit notes, read by admins on the audit page.
const notes = {
  unknown: 'Email không tồn tại',
  wrongPassword: 'Sai mật khẩu',
  inactive: 'Tài khoản đã bị vô hiệu hóa',
  rateLimited: 'Bị từ chối: đăng nhập sai quá nhiều lần',
} as const;

let dummyHash: Promise<string> | undefined;

/** Checking a password against a throwaway hash keeps an unknown email as slow as a known one. */
function hashForUnknownUser(): Promise<string> {
  dummyHash ??= hashPassword('no-such-user-placeholder-password');
  return dummyHash;
}

/**
 * Verifies an email and password. The rate limit is applied before the
 * password is looked at, so a correct password is refused during a lockout
 * too. Every outcome is recorded: a LoginAttempt row (for the limit) and an
 * audit row ('login' or 'login_failed', with the address). Deactivated
 * accounts fail exactly like a wrong password.
 */
export async function authenticate(input: AuthenticateInput): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const key = { email, ip: input.ip };
  const attemptId = await reserveAttempt(key);
  if (await isLoginBlocked(key)) {
    await releaseAttempt(attemptId);
    await auditFailure(email, input.ip, null, notes.rateLimited);
    return { ok: false, reason: 'rate_limited' };
  }
  const user = await db().user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = await verifyPassword(
    user?.passwordHash ?? (await hashForUnknownUser()),
    input.password,
  );
  if (!user || !matches || !user.active) {
    const note = !user ? notes.unknown : !matches ? notes.wrongPassword : notes.inactive;
    await auditFailure(email, input.ip, user?.id ?? null, note);
    // Failures are what fill the table; each one clears a bounded batch of
    // expired attempts, so no scheduled job is needed.
    await pruneLoginAttempts();
    return { ok: false, reason: 'invalid' };
  }
  await pruneExpiredSessions();
  const sessionId = await db().$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
    await recordAudit(tx, {
      actorId: user.id,
      actorEmail: email,
      ip: input.ip,
      entityType: 'session',
      entityId: user.id,
      action: 'login',
    });
    return startSession(tx, user.id);
  });
  const { id, name, role, sessionVersion } = user;
  return { ok: true, user: { id, email, name, role, sessionVersion, sessionId } };
}

async function auditFailure(
  email: string,
  ip: string | null,
  actorId: string | null,
  note: string,
) {
  await recordAudit(db(), {
    actorId,
    actorEmail: email,
    ip,
    entityType: 'session',
    action: 'login_failed',
    note,
  });
}
