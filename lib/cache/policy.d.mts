/** Types of policy.mjs, every cache lifetime of the portal. */
export const SAFETY_NET_SECONDS: number;
export const CLOCK_BOUND_SECONDS: number;
export const CLOCK_BOUND_ROUTES: readonly string[];
export const SHARED_MAX_AGE_SECONDS: number;
export const STALE_WHILE_REVALIDATE_SECONDS: number;
export const STALE_WHILE_REVALIDATE_MS: number;
export const PUBLIC_CACHE_CONTROL: string;
export const PRIVATE_CACHE_CONTROL: string;
export const FORM_ANSWER_CACHE_CONTROL: string;
export const FORM_ANSWER_ROUTES: readonly string[];
export const REDIS_ENTRY_TTL_SECONDS: number;
export const RENDER_SETTLE_MS: number;
export const EXPIRY_POLL_MS: number;
export const EXPIRY_FRESH_MS: number;
