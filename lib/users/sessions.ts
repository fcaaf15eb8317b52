import 'server-only';
import { recordAudit } from '../audit/record';
import type { Actor } from '../core/actor';
import { auditActor } from '../auth/audit-actor';
import { NotFoundError } from '../core/errors';
import { parseInput as parse } from '../core/parse-input';
import { db } from '../db/client';
import { authorize } from '../core/policy';
import { userIdSchema } from './schema';

/**
 * Ends every open session of an account (admins only), e.g. for a lost
 * laptop or a suspected stolen cookie: each of them gets the login page on
 * its next request. The account itself stays usable. Audited with the count.
 */
export async function endUserSessions(actor: Actor, userId: unknown): Promise<number> {
  authorize(actor, 'manageUsers');
  const id = parse(userIdSchema, userId);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw new NotFoundError('Không tìm thấy tài khoản này.');
    const { count } = await tx.userSession.deleteMany({ where: { userId: id } });
    await recordAudit(tx, {
      ...auditActor(actor),
      entityType: 'user',
      entityId: id,
      action: 'end_sessions',
      note: `${count} phiên`,
    });
    return count;
  });
}
