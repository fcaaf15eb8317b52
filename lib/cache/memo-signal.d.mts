/** Types of memo-signal.mjs. */
export function expirePageMemo(): void;
export function onPageMemoExpiry(expire: (() => void) | undefined): void;
