import { Prisma } from '../generated/prisma/client';

/**
 * True for a unique-constraint violation (on `field`, when given): the
 * database's answer when a concurrent writer took the key first.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') {
    return false;
  }
  return field === undefined || JSON.stringify(error.meta ?? {}).includes(field);
}
