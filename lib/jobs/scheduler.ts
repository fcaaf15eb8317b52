import 'server-only';
import { expireTagsOutsideRequest } from '../cache/expire-outside-request';
import { runFeedbackRetentionWhenDue } from '../feedback/retention';
import { rollUpSearchesWhenDue } from '../search/rollup';
import { sendTrendDigestWhenDue } from '../trends-digest/send';
import { publishDueRevisions } from '../workflow/publish-due';

type SchedulerState = { timer: NodeJS.Timeout; busy: boolean; lastProblem: string | null };

const holder = globalThis as unknown as { __publishDueScheduler?: SchedulerState };

/**
 * Publishes scheduled revisions on time with no external cron to forget:
 * every `intervalMs` it publishes what is due and expires the cache tags of
 * the pages that show it, straight through the cache handler (no request
 * is needed), and once at start-up, so a time that passed while the server
 * was down is honoured at once. Runs once per process; the timer is unref'd
 * so it never keeps the process alive. Several instances may run it: the
 * promotion is atomic.
 */
export function startScheduler(intervalMs = 1000): void {
  if (holder.__publishDueScheduler) return;
  const state: SchedulerState = {
    timer: setInterval(() => void tick(), intervalMs),
    busy: false,
    lastProblem: null,
  };
  state.timer.unref();
  holder.__publishDueScheduler = state;

  async function tick(): Promise<void> {
    if (state.busy) return; // a slow run is still going: never overlap
    state.busy = true;
    // Readers' personal data past its retention period (hourly, no request context needed).
    void runFeedbackRetentionWhenDue();
    // The search log into daily term counts for the trends dashboard (each minute).
    void rollUpSearchesWhenDue();
    // Yesterday's trend alerts to approvers and admins, once a day from 07:00 (with SMTP_URL).
    void sendTrendDigestWhenDue();
    try {
      const result = await publishDueRevisions(new Date());
      await expireTagsOutsideRequest(result.tags);
      for (const failure of result.failed) {
        console.error(`[scheduler] revision ${failure.revisionId} stays scheduled:`, failure.error);
      }
      report(null);
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
    } finally {
      state.busy = false;
    }
  }

  // Log changes only: a database outage must not print a line a second.
  function report(problem: string | null): void {
    if (problem === state.lastProblem) return;
    if (problem) console.error(`[scheduler] publishing due revisions failed: ${problem}`);
    else console.info('[scheduler] publishing due revisions works again');
    state.lastProblem = problem;
  }

  void tick();
}

/** Stops the scheduler of this process (tests, graceful shutdown). */
export function stopScheduler(): void {
  const state = holder.__publishDueScheduler;
  if (!state) return;
  clearInterval(state.timer);
  holder.__publishDueScheduler = undefined;
}
