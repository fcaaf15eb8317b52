// `npm run admin:create -- --email x@bo.gov.vn --name "Họ Tên"`: creates an
// ADMIN account on DATABASE_URL, the way to make the first administrator on a
// real server (no account there ever has a default password). The password
// is read from standard input when piped, else asked for twice, unechoed.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Writable } from 'node:stream';
import { z } from 'zod';
import { hashPassword } from '../lib/auth/password';
import { db } from '../lib/db/client';
import { env } from '../lib/env';

const MIN_PASSWORD = 12;

const input = z.object({
  email: z.email({ error: '--email must be an email address' }).transform((e) => e.toLowerCase()),
  name: z.string({ error: '--name is required' }).trim().min(1, '--name is required'),
  password: z
    .string()
    .min(MIN_PASSWORD, `the password must have at least ${MIN_PASSWORD} characters`)
    .max(256, 'the password is too long')
    .refine((p) => p !== 'demo-Portal-2023', 'the demo password cannot be used'),
});

async function readPiped(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.split(/\r?\n/)[0] ?? '';
}

async function prompt(question: string): Promise<string> {
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  process.stdout.write(question);
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await prompt('Password (at least 12 characters): ');
  const second = await prompt('Repeat the password: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  if (!env().DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const parsed = input.safeParse({ ...values, password: await readPassword() });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const { email, name, password } = parsed.data;
  const client = db();
  try {
    if (await client.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new Error(`an account with ${email} already exists`);
    }
    const passwordHash = await hashPassword(password);
    await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, role: 'ADMIN', passwordHash },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          entityType: 'user',
          entityId: user.id,
          action: 'create',
          toState: 'ADMIN',
          note: 'npm run admin:create',
        },
      });
    });
    console.log(`Created administrator ${email}. Log in at /dang-nhap.`);
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`admin:create: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
