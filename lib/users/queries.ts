import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { authorize } from '../core/policy';
import { type UserDto, userDtoSelect } from './dto';

/** Every staff account, active ones first (admins only). */
export async function listUsers(actor: Actor): Promise<UserDto[]> {
  authorize(actor, 'manageUsers');
  return db().user.findMany({
    select: userDtoSelect,
    orderBy: [{ active: 'desc' }, { role: 'asc' }, { email: 'asc' }],
  });
}
