import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { notifyWorkflowStep } from '@/lib/notify/workflow-mail';

/**
 * What follows every successful workflow Server Action, once its
 * transaction has committed: the staff layout is rendered again (its
 * navigation counts work waiting, and a redirect alone would keep the old
 * layout), and the people concerned are emailed after the response is sent
 * (lib/notify decides who from the audit trail; never delays or undoes the
 * step).
 */
export function afterWorkflowStep(actorId: string, revisionId: string): void {
  revalidatePath('/quan-tri', 'layout');
  after(() => notifyWorkflowStep(actorId, revisionId));
}
