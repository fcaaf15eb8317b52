import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password';
import type { PrismaClient } from '../generated/prisma/client';
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoApproverEmail,
  demoEditorEmail,
  type SeedAccount,
  systemApprover,
  systemEditor,
} from './content/accounts';

/** Who the seeded articles are written by and approved by. */
export type SeedActors = { editorId: string; approverId: string };

/** Finds the account by email or creates it; never touches an existing one. */
async function ensureAccount(
  db: PrismaClient,
  account: SeedAccount,
  password: string,
  active: boolean,
  created: string[],
): Promise<string> {
  const existing = await db.user.findUnique({
    where: { email: account.email },
    select: { id: true },
  });
  if (existing) return existing.id;
  const passwordHash = await hashPassword(password);
  const user = await db.user.create({
    data: { ...account, passwordHash, active },
    select: { id: true },
  });
  created.push(account.email);
  return user.id;
}

/**
 * Creates the demo accounts that do not exist yet (existing
 * ones keep their password, role and state). Appends created emails.
 */
export async function ensureDemoAccounts(db: PrismaClient, created: string[]): Promise<void> {
  for (const account of demoAccounts) {
    await ensureAccount(db, account, DEMO_PASSWORD, true, created);
  }
}

/**
 * The seeded articles' editor and approver: the demo editor and approver when
 * they exist, else two inactive system accounts (created on first need) with
 * a random password nobody knows, so no account has a default password.
 */
export async function resolveSeedActors(db: PrismaClient, created: string[]): Promise<SeedActors> {
  const demo = await db.user.findMany({
    where: { email: { in: [demoEditorEmail, demoApproverEmail] } },
    select: { id: true, email: true },
  });
  const editor = demo.find((u) => u.email === demoEditorEmail);
  const approver = demo.find((u) => u.email === demoApproverEmail);
  if (editor && approver) return { editorId: editor.id, approverId: approver.id };
  const unusable = () => randomBytes(32).toString('base64url');
  return {
    editorId: await ensureAccount(db, systemEditor, unusable(), false, created),
    approverId: await ensureAccount(db, systemApprover, unusable(), false, created),
  };
}
