import type { Actor } from '../../lib/core/actor';
import { hashPassword } from '../../lib/auth/password';
import { db } from '../../lib/db/client';
import type { Role } from '../../lib/generated/prisma/enums';
import type { UserDto } from '../../lib/users/dto';
import { createUser as createUserAsAdmin, deactivateUser } from '../../lib/users/mutations';

/** The password of every account made here (long enough for the product's rule). */
export const STAFF_PASSWORD = 'mat-khau-kiem-thu-2023';
const IP = '203.0.113.7';
const FIRST_ADMIN = 'quantri@example.gov.vn';

let counter = 0;

function asActor(user: Pick<UserDto, 'id' | 'email' | 'name' | 'role'>): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role, ip: IP };
}

/**
 * The administrator every other account is created by. On a real server the
 * first one comes from `npm run admin:create` (scripts/create-admin.ts), which
 * writes the account and its audit row itself; this does the same, once per
 * emptied database.
 */
export async function firstAdmin(): Promise<Actor> {
  const existing = await db().user.findUnique({ where: { email: FIRST_ADMIN } });
  if (existing) return asActor(existing);
  const passwordHash = await hashPassword(STAFF_PASSWORD);
  const user = await db().$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: FIRST_ADMIN, name: 'Quản trị viên', role: 'ADMIN', passwordHash },
    });
    await tx.auditEvent.create({
      data: { entityType: 'user', entityId: created.id, action: 'create', toState: 'ADMIN' },
    });
    return created;
  });
  return asActor(user);
}

/** A staff account, created by the first administrator through lib/users. */
export async function createUser(
  role: Role = 'EDITOR',
  overrides: { email?: string; name?: string; active?: boolean } = {},
): Promise<UserDto> {
  counter += 1;
  const admin = await firstAdmin();
  const user = await createUserAsAdmin(admin, {
    email: overrides.email ?? `${role.toLowerCase()}-${counter}@fixture.example.gov.vn`,
    name: overrides.name ?? `Cán bộ ${counter}`,
    role,
    password: STAFF_PASSWORD,
  });
  return overrides.active === false ? deactivateUser(admin, user.id) : user;
}

/** A new staff member as an Actor, with an IP for the audit trail. */
export async function staffActor(role: Role, overrides: { email?: string } = {}): Promise<Actor> {
  return asActor(await createUser(role, overrides));
}

/**
 * The editor who writes, or the approver who signs off, what a fixture needs
 * when the test names nobody: one of each per emptied database.
 */
export async function fixtureStaff(role: 'EDITOR' | 'APPROVER'): Promise<Actor> {
  const email = `fixture-${role.toLowerCase()}@fixture.example.gov.vn`;
  const existing = await db().user.findUnique({ where: { email } });
  if (existing) return asActor(existing);
  return asActor(await createUser(role, { email, name: `Fixture ${role}` }));
}
