/** Types of counter.mjs, the serving layer's read counter (scripts/serve.mjs). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Counter = {
  /** True when it answered the request itself (a count-only mirror request). */
  observe(req: IncomingMessage, res: ServerResponse): boolean;
  /** Writes the batch counted so far to the daily rollups. */
  flush(): Promise<void>;
  close(): Promise<void>;
};

export function vnDayOf(ms: number): string;
export function createCounter(options: {
  databaseUrl: string;
  flushMs?: number;
  now?: () => number;
}): Counter;
