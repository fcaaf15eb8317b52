/**
 * Runs once when a Next server starts. Starts the scheduler that publishes
 * scheduled revisions on time (lib/jobs/scheduler.ts).
 * NEXT_RUNTIME and NEXT_PHASE are set by Next itself, not by configuration,
 * which is why they are read here rather than through env(): the scheduler
 * belongs in the Node.js server only, never in the Edge runtime or in the
 * workers of `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/jobs/scheduler');
  startScheduler();
}
