import type { Actor } from '../../lib/core/actor';
import type { WorkflowResult } from '../../lib/workflow/dto';
import { approveRevision, rejectRevision } from '../../lib/workflow/transitions';
import { fixtureStaff } from './staff';

/** Someone a fixture acts as: a user as lib/users returns it, or an Actor. */
export type Person = Pick<Actor, 'id' | 'email' | 'name' | 'role'>;

/** What an approver does next to a SUBMITTED revision to leave it in `state`. */
export async function signOff(
  submitted: WorkflowResult,
  state: 'SUBMITTED' | 'PUBLISHED' | 'SCHEDULED' | 'REJECTED',
  approver?: Person,
): Promise<WorkflowResult> {
  if (state === 'SUBMITTED') return submitted;
  const by = { ...(approver ?? (await fixtureStaff('APPROVER'))), ip: null };
  const { id, version } = submitted.revision;
  if (state === 'REJECTED') {
    return rejectRevision(by, id, version, { reason: 'Cần bổ sung nguồn.' });
  }
  const publishAt = state === 'SCHEDULED' ? new Date(Date.now() + 86_400_000) : undefined;
  return approveRevision(by, id, version, { publishAt });
}
