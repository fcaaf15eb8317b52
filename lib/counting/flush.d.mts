/** Types of flush.mjs, the counter's batched writes to the daily rollups. */
export type Queryable = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
};

export function writeViews(db: Queryable, days: string[], paths: string[], counts: number[]): Promise<void>;
export function writeDimension(
  db: Queryable,
  table: 'ReferrerDaily' | 'DeviceDaily',
  days: string[],
  keys: string[],
  counts: number[],
): Promise<void>;
export function saltOf(db: Queryable, day: string): Promise<string>;
export function writeVisitors(db: Queryable, day: string, salt: string, sources: Iterable<string>): Promise<void>;
export function closeDays(db: Queryable, today: string): Promise<void>;
