/** Types of next-contract.mjs, what the page memo relies on from Next.js and Auth.js. */
import type { ServerResponse } from 'node:http';

export const ROUTER_HEADERS: readonly string[];
export function hasPersonalCookie(header: string | undefined): boolean;
export const NEXT_ASSET_PREFIX: string;
export const CACHE_STATE_HEADER: string;
export const SHARED_CACHE_STATES: ReadonlySet<string>;
/** The response's own writeHead and end, to call with the response as `this`. */
export type Sender = { writeHead: ServerResponse['writeHead']; end: ServerResponse['end'] };
export function captureResponse(
  res: ServerResponse,
  wanted: (res: ServerResponse) => boolean,
  held: (body: Buffer, own: Sender) => void,
): void;
