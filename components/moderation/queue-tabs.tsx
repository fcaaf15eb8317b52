import Link from 'next/link';
import { FEEDBACK_STATE_LABELS } from '@/lib/moderation/labels';
import { QUEUE_TABS, type QueueTab } from '@/lib/moderation/queue-schema';

const tabClass =
  'inline-flex min-h-11 items-center rounded-t border border-b-0 px-4 py-2 font-semibold ' +
  'focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500';

/** The queue's states as links (a URL each, shareable), the current one marked. */
export function QueueTabs({ current, pending }: { current: QueueTab; pending: number | null }) {
  return (
    <nav aria-label="Trạng thái ý kiến" className="border-b border-slate-400">
      <ul className="flex flex-wrap gap-1">
        {(Object.keys(QUEUE_TABS) as QueueTab[]).map((tab) => {
          const label = FEEDBACK_STATE_LABELS[QUEUE_TABS[tab]];
          const text = tab === 'cho-duyet' && pending !== null ? `${label} (${pending})` : label;
          const active = tab === current;
          return (
            <li key={tab}>
              <Link
                href={tab === 'cho-duyet' ? '/quan-tri/y-kien' : `/quan-tri/y-kien?tab=${tab}`}
                aria-current={active ? 'page' : undefined}
                className={`${tabClass} ${active ? 'border-slate-400 bg-white text-slate-900' : 'border-transparent text-link hover:bg-slate-100'}`}
              >
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
