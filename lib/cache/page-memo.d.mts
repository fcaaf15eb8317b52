/** Types of page-memo.mjs, the in-process shared cache in front of Next (scripts/serve.mjs). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type PageMemo = {
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    next: (req: IncomingMessage, res: ServerResponse) => unknown,
  ): unknown;
  expire(): void;
  readonly size: number;
  close(): Promise<void>;
};

export function createPageMemo(options: {
  redisUrl?: string;
  prefix?: string;
  now?: () => number;
  /** The portal's own scripts, kept in plain HTML; default ./public. */
  publicDir?: string;
}): PageMemo;
