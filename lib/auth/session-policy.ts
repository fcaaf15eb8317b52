/** A session ends after this long without a request. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** A session ends this long after login, however active: staff log in again. */
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/**
 * lastSeenAt is written at most this often per session, so the idle timeout
 * costs one database write a minute, not one per request. It can therefore
 * end a session up to this much earlier than IDLE_TIMEOUT_MS.
 */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date };

/**
 * What the per-request check does with a stored session: refuse it (idle too
 * long, or older than the absolute lifetime), accept it and record the
 * activity, or simply accept it.
 */
export function sessionVerdict(session: SessionTimes, now: Date): 'expired' | 'touch' | 'valid' {
  const t = now.getTime();
  if (t - session.createdAt.getTime() >= ABSOLUTE_LIFETIME_MS) return 'expired';
  const idle = t - session.lastSeenAt.getTime();
  if (idle >= IDLE_TIMEOUT_MS) return 'expired';
  return idle >= TOUCH_INTERVAL_MS ? 'touch' : 'valid';
}
