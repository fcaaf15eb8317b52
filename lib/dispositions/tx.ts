import 'server-only';
import type { Actor } from '../core/actor';
import { ConflictError, NotFoundError } from '../core/errors';
import type { DispositionRegister, Prisma } from '../generated/prisma/client';
import type { RevisionAction } from '../core/states';
import { applyRowStep, auditRow, type RowTable } from '../workflow/row-step';
import type { Tx } from '../workflow/tx';

export const STALE_REGISTER =
  'Bảng tiếp thu, giải trình vừa được người khác thay đổi nên thao tác của bạn chưa được thực hiện. Hãy mở lại trang để xem bản mới nhất rồi thử lại.';

/** The register, or NotFoundError. */
export async function loadRegister(tx: Tx, id: string): Promise<DispositionRegister> {
  const register = await tx.dispositionRegister.findUnique({ where: { id } });
  if (!register) throw new NotFoundError('Không tìm thấy bảng tiếp thu, giải trình này.');
  return register;
}

/** Where registers live, for the articles' workflow steps (../workflow/row-step.ts). */
const REGISTERS: RowTable<DispositionRegister, Prisma.DispositionRegisterUncheckedUpdateManyInput> =
  {
    entityType: 'disposition-register',
    stale: STALE_REGISTER,
    update: (tx, where, data) => tx.dispositionRegister.updateMany({ where, data }),
    load: loadRegister,
  };

/** Every change of a register's state: the articles' policy and transition table decide. */
export function applyRegisterStep(
  tx: Tx,
  actor: Actor,
  register: DispositionRegister,
  step: {
    action: Extract<RevisionAction, 'edit' | 'submit' | 'approve' | 'reject'>;
    data?: Prisma.DispositionRegisterUncheckedUpdateManyInput;
    note?: string | null;
  },
): Promise<DispositionRegister> {
  return applyRowStep(tx, actor, REGISTERS, register, step);
}

/** The register's row lock, taken before reading it for a step. */
export async function lockRegister(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "DispositionRegister" WHERE "id" = ${id} FOR UPDATE`;
}

/** ConflictError unless the caller's form was based on the register as now stored. */
export function assertRegisterVersion(register: DispositionRegister, expected: number): void {
  if (register.version !== expected) throw new ConflictError(STALE_REGISTER);
}

/** The audit row of the register's creation. */
export function auditRegisterCreated(tx: Tx, actor: Actor, register: DispositionRegister) {
  return auditRow(tx, actor, 'disposition-register', {
    id: register.id,
    action: 'create',
    from: null,
    to: register.state,
  });
}
