import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/core/actor';
import { authenticate } from '../../lib/auth/authenticate';
import { ForbiddenError, ValidationError } from '../../lib/core/errors';
import { resolveActor } from '../../lib/auth/resolve-actor';
import { db } from '../../lib/db/client';
import {
  changeRole,
  createUser,
  deactivateUser,
  reactivateUser,
  resetPassword,
} from '../../lib/users/mutations';
import { listUsers } from '../../lib/users/queries';
import { resetDatabase } from '../helpers/integration';
import { logIn } from '../helpers/sessions';
import { firstAdmin, staffActor } from '../helpers/staff';

const PASSWORD = 'mat-khau-du-dai-2023';
let admin: Actor;

function userAudit(entityId: string) {
  return db().auditEvent.findMany({
    where: { entityType: 'user', entityId },
    orderBy: { id: 'asc' },
  });
}

async function newEditor(email = 'bientap@example.gov.vn') {
  return createUser(admin, { email, name: 'Trần Thị B', role: 'EDITOR', password: PASSWORD });
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

beforeEach(async () => {
  await resetDatabase();
  // The address the audit rows below must carry.
  admin = { ...(await firstAdmin()), ip: '203.0.113.50' };
});

describe('only an admin manages accounts', () => {
  it.each(['EDITOR', 'APPROVER'] as const)(
    'a %s cannot create, change or list accounts',
    async (role) => {
      const someone = await staffActor(role, { email: `${role.toLowerCase()}@example.gov.vn` });
      const input = { email: 'moi@example.gov.vn', name: 'Mới', role: 'ADMIN', password: PASSWORD };
      await expect(createUser(someone, input)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        changeRole(someone, { userId: someone.id, role: 'ADMIN' }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deactivateUser(someone, admin.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        resetPassword(someone, { userId: admin.id, password: PASSWORD }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listUsers(someone)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db().user.count({ where: { email: 'moi@example.gov.vn' } })).toBe(0);
      expect((await db().user.findUniqueOrThrow({ where: { id: someone.id } })).role).toBe(role);
    },
  );
});

describe('createUser', () => {
  it('stores the email lowercased, can log in, audits, and never returns the hash', async () => {
    const user = await createUser(admin, {
      email: '  BienTap@Example.gov.vn ',
      name: 'Trần Thị B',
      role: 'EDITOR',
      password: PASSWORD,
    });
    expect(user.email).toBe('bientap@example.gov.vn');
    expect(Object.keys(user)).not.toContain('passwordHash');
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: null })).ok).toBe(true);
    const [row] = await userAudit(user.id);
    expect(row).toMatchObject({
      action: 'create',
      actorId: admin.id,
      ip: '203.0.113.50',
      toState: 'EDITOR',
    });
  });

  it('refuses an email already used (any case) with a message on the email field', async () => {
    await newEditor();
    const errors = await fieldErrorsOf(newEditor('BIENTAP@example.gov.vn'));
    expect(errors.email).toEqual(['Email này đã được dùng cho một tài khoản khác.']);
    expect(await db().user.count()).toBe(2);
  });

  it('refuses the same email submitted twice at once: exactly one account', async () => {
    const results = await Promise.allSettled([newEditor(), newEditor()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected');
    expect(failure?.status === 'rejected' && failure.reason).toBeInstanceOf(ValidationError);
  });

  it('explains bad input field by field and saves nothing', async () => {
    const errors = await fieldErrorsOf(
      createUser(admin, { email: 'khong-phai-email', name: '', role: 'BOSS', password: 'ngan' }),
    );
    expect(errors.email).toEqual(['Email không hợp lệ.']);
    expect(errors.name).toEqual(['Vui lòng nhập họ tên.']);
    expect(errors.role).toEqual(['Vui lòng chọn vai trò hợp lệ.']);
    expect(errors.password).toEqual(['Mật khẩu phải có ít nhất 12 ký tự.']);
    expect(await db().user.count()).toBe(1);
  });
});

describe('deactivating and reactivating', () => {
  it('an admin cannot deactivate or demote themselves', async () => {
    await expect(deactivateUser(admin, admin.id)).rejects.toThrow(
      'Bạn không thể vô hiệu hóa tài khoản của chính mình.',
    );
    await expect(changeRole(admin, { userId: admin.id, role: 'EDITOR' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const me = await db().user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(me).toMatchObject({ active: true, role: 'ADMIN', sessionVersion: 0 });
  });

  it('ends the open session and the logins of a deactivated user, until reactivated', async () => {
    const user = await newEditor();
    const session = await logIn(user.email, PASSWORD);
    expect(await resolveActor(session)).not.toBeNull();
    await deactivateUser(admin, user.id);
    expect(await resolveActor(session)).toBeNull();
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: null })).ok).toBe(
      false,
    );
    await reactivateUser(admin, user.id);
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: null })).ok).toBe(true);
    expect(await resolveActor(session)).toBeNull();
    const actions = (await userAudit(user.id)).map((r) => [r.action, r.fromState, r.toState]);
    expect(actions).toEqual([
      ['create', null, 'EDITOR'],
      ['deactivate', 'active', 'inactive'],
      ['reactivate', 'inactive', 'active'],
    ]);
  });
});

describe('changeRole and resetPassword', () => {
  it('changes the role, ends open sessions, and audits from and to', async () => {
    const user = await newEditor();
    const session = await logIn(user.email, PASSWORD);
    const updated = await changeRole(admin, { userId: user.id, role: 'APPROVER' });
    expect(updated.role).toBe('APPROVER');
    expect(await resolveActor(session)).toBeNull();
    const last = (await userAudit(user.id)).at(-1);
    expect(last).toMatchObject({ action: 'change_role', fromState: 'EDITOR', toState: 'APPROVER' });
  });

  it('replaces the password: the old one stops working, the new one works', async () => {
    const user = await newEditor();
    const fresh = 'mot-mat-khau-moi-hoan-toan';
    await resetPassword(admin, { userId: user.id, password: fresh });
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: null })).ok).toBe(
      false,
    );
    expect((await authenticate({ email: user.email, password: fresh, ip: null })).ok).toBe(true);
    const rows = await userAudit(user.id);
    expect(rows.at(-1)?.action).toBe('reset_password');
    expect(JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(
      fresh,
    );
  });

  it('refuses a new password shorter than 12 characters', async () => {
    const user = await newEditor();
    const errors = await fieldErrorsOf(
      resetPassword(admin, { userId: user.id, password: 'short-pw' }),
    );
    expect(errors.password).toEqual(['Mật khẩu phải có ít nhất 12 ký tự.']);
  });
});

describe('listUsers', () => {
  it('lists every account for an admin, without any password hash', async () => {
    await newEditor();
    const users = await listUsers(admin);
    expect(users.map((u) => u.email).sort()).toEqual([
      'bientap@example.gov.vn',
      'quantri@example.gov.vn',
    ]);
    const text = JSON.stringify(users);
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('$argon2');
  });
});
