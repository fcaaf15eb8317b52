import { env } from '../env';
import { runFeedbackRetentionWhenDue } from '../feedback/retention';
import { INTERNAL_TOKEN_HEADER, internalToken } from './internal-token';

/** The route that publishes due revisions (app/api/internal/publish-due). */
export const PUBLISH_DUE_PATH = '/api/internal/publish-due';

type SchedulerState = { timer: NodeJS.Timeout; busy: boolean; lastProblem: string | null };

const holder = globalThis as unknown as { __publishDueScheduler?: SchedulerState };

/**
 * Publishes scheduled revisions on time with no external cron to forget:
 * every `intervalMs` the server POSTs to its own publish-due route (a route,
 * because expiring cache tags needs a request context), and once at
 * start-up, so a time that passed while the server was down is honoured at
 * once. Runs once per process; the timer is unref'd so it never keeps the
 * process alive. Several instances may run it: the promotion is atomic.
 */
export function startScheduler(intervalMs = 1000): void {
  if (holder.__publishDueScheduler) return;
  const url = `http://127.0.0.1:${env().PORT}${PUBLISH_DUE_PATH}`;
  const token = internalToken();
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
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { [INTERNAL_TOKEN_HEADER]: token },
        signal: AbortSignal.timeout(30_000),
      });
      await response.body?.cancel();
      report(response.ok ? null : `HTTP ${response.status}`);
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
