import { beforeEach, describe, expect, it } from 'vitest';
import { countWaitingWork } from '../../lib/articles/work-counts';
import { listDashboard } from '../../lib/articles/staff-queries';
import { saveRevision } from '../../lib/workflow/editing';
import { rejectRevision } from '../../lib/workflow/transitions';
import { resetDatabase } from '../helpers/integration';
import { articleInput, type Cast, cast, submittedRevision } from '../helpers/workflow-fixtures';

let c: Cast;
beforeEach(async () => {
  await resetDatabase();
  c = await cast();
});

describe('work waiting, counted for the staff navigation', () => {
  it('approvers count what they may sign off, editors what came back to them', async () => {
    const first = await submittedRevision(c.editor, c.categoryId);
    await submittedRevision(c.editor2, c.categoryId);
    await submittedRevision(c.approver, c.categoryId);
    expect(await countWaitingWork(c.approver)).toEqual({ awaitingMyApproval: 2, returnedToMe: 0 });
    expect(await countWaitingWork(c.approver2)).toEqual({ awaitingMyApproval: 3, returnedToMe: 0 });
    expect(await countWaitingWork(c.editor)).toEqual({ awaitingMyApproval: null, returnedToMe: 0 });
    expect(await countWaitingWork(c.admin)).toEqual({
      awaitingMyApproval: null,
      returnedToMe: null,
    });

    const rejected = await rejectRevision(c.approver, first.revision.id, first.revision.version, {
      reason: 'Thiếu nguồn',
    });
    expect(await countWaitingWork(c.editor)).toEqual({ awaitingMyApproval: null, returnedToMe: 1 });
    expect((await countWaitingWork(c.approver2)).awaitingMyApproval).toBe(2);
    // The numbers are those of the dashboard's lists.
    const dashboard = await listDashboard(c.approver2);
    expect(dashboard.awaitingMyApproval).toHaveLength(2);
    expect((await listDashboard(c.editor)).rejected).toHaveLength(1);

    // Taken up again (edited back into a draft), it no longer waits.
    await saveRevision(
      c.editor,
      rejected.revision.id,
      rejected.revision.version,
      articleInput(c.categoryId),
    );
    expect((await countWaitingWork(c.editor)).returnedToMe).toBe(0);
  });
});
