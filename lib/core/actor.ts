import type { Role } from '../generated/prisma/enums';

export type { Role };

/**
 * Who is calling: built by lib/auth from a verified session (or by tests),
 * and passed explicitly to every mutation and staff query, which check it.
 */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Client address, recorded in the audit trail when known. */
  ip?: string | null;
  /** The server-side session this request came with (absent for tests and scripts). */
  sessionId?: string;
};
