import { StaffNav } from '@/components/staff/staff-nav';
import { countWaitingWork } from '@/lib/articles/work-counts';
import { requireActor } from '@/lib/auth/guards';
import { countPendingFeedback } from '@/lib/moderation/queue';

/**
 * The staff navigation, as a parallel route of the staff layout rather than
 * part of it: Next keeps a shared layout as it was on client-side
 * navigation, but renders a slot's page again on each one, so the counts of
 * work waiting ("Chờ duyệt (3)") are current on every staff page opened.
 * The same page answers for every address under /quan-tri ([...rest]) and
 * wherever the slot has nothing of its own (default).
 */
export default async function StaffNavSlot() {
  const actor = await requireActor();
  const [counts, feedback] = await Promise.all([
    countWaitingWork(actor),
    countPendingFeedback(actor),
  ]);
  return <StaffNav actor={actor} counts={counts} pendingFeedback={feedback} />;
}
