import 'server-only';
import type { Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * Placeholder for the local spam filter's learning step, so moderation
 * compiles on its own: the filter (word counts in SpamToken) replaces this
 * file. It is called inside the moderator's transaction, so what it learns
 * commits or rolls back with the decision.
 */
export async function learnSpam(_tx: Tx, _text: string, _spam: boolean): Promise<void> {}
