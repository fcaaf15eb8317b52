/**
 * How many items one person and one network address may send. The rules
 * are applied by the database function feedback_store() (see store.ts), in
 * the same statement as the insert, after a lock on the sender's email hash,
 * so one person's parallel posts count each other:
 *
 * - the person is counted by email: at most EMAIL_BURST in 10 minutes and
 *   EMAIL_DAY in a day;
 * - the address limit (FEEDBACK_ADDRESS_LIMIT in ADDRESS_WINDOW_MS) stops a
 *   flood from one machine, yet never shuts out a whole office behind one
 *   NAT address: past it, people who have confirmed an email before are
 *   still accepted, each still bound by their own email limit.
 */

/** Per person (email): a few items in a burst, a few dozen a day. */
export const EMAIL_BURST = { max: 5, windowMs: 10 * 60_000 };
export const EMAIL_DAY = { max: 30, windowMs: 24 * 3_600_000 };
/** Per network address, in the same 10 minutes (FEEDBACK_ADDRESS_LIMIT). */
export const ADDRESS_WINDOW_MS = 10 * 60_000;
