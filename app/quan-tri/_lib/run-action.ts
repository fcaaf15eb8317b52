import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { expireTags } from '@/lib/cache/expire';
import {
  type ActionState,
  formValues,
  fromError,
  fromZodError,
  notLoggedIn,
} from '@/lib/forms/action-state';

type Done = { message: string; tags?: string[] };

/**
 * The body of a thin admin Server Action: keep what was typed (never a
 * password), check the actor, parse with the lib/ schema, call one lib/
 * function, expire what it says changed, and re-render `path`.
 */
export async function runAdminAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  path: string,
  step: (actor: Actor, input: z.output<S>) => Promise<Done>,
): Promise<ActionState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return notLoggedIn(values);
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const done = await step(actor, parsed.data);
    expireTags(done.tags ?? []);
    revalidatePath(path);
    return { ok: true, message: done.message };
  } catch (error) {
    return fromError(error, values);
  }
}
